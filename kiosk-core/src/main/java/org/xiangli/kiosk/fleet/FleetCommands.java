package org.xiangli.kiosk.fleet;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.kiosk.config.ConfigEditor;

/**
 * Carries out a verified {@link Command} and says how it went, as the {@link CommandReply}'s ok, reason, message
 * and result. Runs on the fleet's command thread.
 */
public final class FleetCommands {

    /** A notice is a banner line, not an article. */
    static final int MAX_NOTICE_CHARS = 200;
    static final Duration MAX_NOTICE_TIME = Duration.ofDays(30);
    private static final Duration SCREENSHOT_WAIT = Duration.ofSeconds(15);

    /** The outcome of one command; {@code restartAfterReply} asks the client to restart once the reply is out. */
    public record Outcome(boolean ok, Refusal reason, String message, Map<String, Object> result,
                          boolean restartAfterReply) {

        static Outcome done(String message, Map<String, Object> result) {
            return new Outcome(true, null, message, result, false);
        }

        static Outcome refused(Refusal reason, String message) {
            return new Outcome(false, reason, message, null, false);
        }
    }

    private final FleetActions actions;
    private final Outbox memory;
    private final Optional<java.nio.file.Path> configFile;
    private final ZoneId zone;
    private final Clock clock;
    private final int screenshotMaxBytes;

    /**
     * @param memory where the standing notice is kept across restarts
     * @param configFile where config-set writes; empty = none (demo runs on defaults): config-set is refused
     */
    public FleetCommands(FleetActions actions, Outbox memory, Optional<java.nio.file.Path> configFile, ZoneId zone,
                         Clock clock, int screenshotMaxBytes) {
        this.actions = actions;
        this.memory = memory;
        this.configFile = configFile;
        this.zone = zone;
        this.clock = clock;
        this.screenshotMaxBytes = screenshotMaxBytes;
    }

    public Outcome run(Command command) {
        Optional<Command.Verb> verb = Command.Verb.of(command.verb());
        if (verb.isEmpty()) {
            return Outcome.refused(Refusal.BAD_COMMAND, "unknown verb " + command.verb());
        }
        if (!verb.get().takes(command.args().size())) {
            return Outcome.refused(Refusal.BAD_COMMAND, verb.get().word() + ": wrong number of arguments ("
                    + command.args().size() + ")");
        }
        try {
            return switch (verb.get()) {
                case SYNC_NOW -> {
                    actions.syncNow();
                    yield Outcome.done("content sync started", null);
                }
                case NOTICE -> notice(command.args().get(0), command.args().get(1));
                case SCREENSHOT -> screenshot();
                case SELFTEST -> Outcome.done("devices checked", Map.of("devices", actions.selftest()));
                case RESTART -> new Outcome(true, null, "restarting", null, true);
                case CONFIG_SET -> configSet(command.args().get(0), command.args().get(1));
            };
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return Outcome.refused(Refusal.FAILED, e.getMessage());
        }
    }

    private Outcome notice(String text, String untilText) {
        if (text.isBlank() || text.length() > MAX_NOTICE_CHARS) {
            return Outcome.refused(Refusal.BAD_COMMAND, "a notice has 1-" + MAX_NOTICE_CHARS + " characters");
        }
        Instant until;
        try {
            until = untilText.endsWith("Z") || untilText.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? java.time.OffsetDateTime.parse(untilText).toInstant()
                    : LocalDateTime.parse(untilText).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return Outcome.refused(Refusal.BAD_COMMAND, "until: expected 2026-12-01T18:00 (local) or an ISO instant");
        }
        Instant now = clock.instant();
        if (!until.isAfter(now) || until.isAfter(now.plus(MAX_NOTICE_TIME))) {
            return Outcome.refused(Refusal.BAD_COMMAND, "until must be in the next " + MAX_NOTICE_TIME.toDays()
                    + " days");
        }
        memory.keepNotice(new Outbox.StandingNotice(text.strip(), until));
        actions.showNotice(text.strip(), until);
        return Outcome.done("notice shown until " + until, null);
    }

    private Outcome screenshot() {
        byte[] png;
        try {
            png = actions.screenshot().get(SCREENSHOT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.refused(Refusal.FAILED, "interrupted");
        } catch (ExecutionException e) {
            return Outcome.refused(Refusal.FAILED, "no screenshot: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Outcome.refused(Refusal.FAILED, "no screenshot within " + SCREENSHOT_WAIT.toSeconds() + " s");
        }
        if (png.length > screenshotMaxBytes) {
            return Outcome.refused(Refusal.FAILED, "the screenshot has " + png.length / 1024 + " KB, more than "
                    + screenshotMaxBytes / 1024 + " KB (fleet.screenshot_max_kb)");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("png", Base64.getEncoder().encodeToString(png));
        result.put("bytes", png.length);
        return Outcome.done("screenshot taken", result);
    }

    private Outcome configSet(String key, String value) {
        if (configFile.isEmpty()) {
            return Outcome.refused(Refusal.NOT_ALLOWED, "this kiosk runs without a config file");
        }
        try {
            ConfigEditor.set(configFile.get(), key, value);
        } catch (ConfigEditor.Refused e) {
            return Outcome.refused(Refusal.NOT_ALLOWED, e.getMessage());
        } catch (IOException e) {
            return Outcome.refused(Refusal.FAILED, "cannot write " + configFile.get() + ": " + e.getMessage());
        }
        return Outcome.done(key + " set; it applies at the next start (send restart)", Map.of("key", key));
    }
}
