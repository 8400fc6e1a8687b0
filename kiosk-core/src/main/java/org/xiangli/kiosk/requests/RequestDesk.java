package org.xiangli.kiosk.requests;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xiangli.kiosk.errands.IdentitySeal;
import org.xiangli.kiosk.queue.InvalidInput;

/**
 * 诉求·意见: a villager leaves a request at the kiosk (a topic, a common phrase or a voice message, perhaps a phone
 * number) and gets a slip with its number and a QR; staff work on it and answer in the console; the villager reads
 * the answer at the kiosk by the slip's QR or its number and check code. Voice messages stay in the data dir.
 *
 * <p>Thread-safe; calls block on the store, so the kiosk calls it off the UI thread.
 */
public final class RequestDesk {

    private static final System.Logger LOG = System.getLogger(RequestDesk.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final Pattern PHONE = Pattern.compile("1[0-9]{10}");
    public static final int MAX_ANSWER = 1000;

    private final RequestRepository repository;
    private final IdentitySeal seal;
    private final Path voiceDir;
    private final String station;
    private final ZoneId zone;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param voiceDir where voice messages are kept (created when the first arrives) */
    public RequestDesk(RequestRepository repository, IdentitySeal seal, Path voiceDir, String station, ZoneId zone,
                       Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.voiceDir = Objects.requireNonNull(voiceDir, "voiceDir");
        this.station = Objects.requireNonNull(station, "station");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An 11-digit mainland mobile number, or empty for none. */
    public static boolean isPhone(String phone) {
        return phone.isEmpty() || PHONE.matcher(phone).matches();
    }

    /**
     * Records a request. {@code phraseKey} must be one of the topic's common phrases unless {@code voice} (a recorded
     * file, moved into the voice folder) is given; {@code phone} is empty or 11 digits. Synchronized: the number is
     * the day's count plus one.
     */
    public synchronized Request submit(RequestTopic topic, String phraseKey, Optional<Path> voice, String phone) {
        Objects.requireNonNull(topic, "topic");
        String phrase = phraseKey == null ? "" : phraseKey;
        if (!phrase.isEmpty() && !topic.phraseKeys().contains(phrase)) {
            throw new IllegalArgumentException("not a phrase of " + topic + ": " + phrase);
        }
        if (phrase.isEmpty() && voice.isEmpty()) {
            throw new IllegalArgumentException("a request needs a phrase or a voice message");
        }
        String digits = phone == null ? "" : phone.strip();
        if (!isPhone(digits)) {
            throw new IllegalArgumentException("a phone number has 11 digits and starts with 1");
        }
        Instant now = clock.instant();
        String check = String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
        String voiceName = voice.map(v -> "voice-" + Long.toHexString(random.nextLong()) + ".wav").orElse(null);
        if (voice.isPresent()) {
            try {
                Files.createDirectories(voiceDir);
                Files.move(voice.get(), voiceDir.resolve(voiceName), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot keep the voice message", e);
            }
        }
        Request request = repository.insert(DAY.format(now.atZone(zone)), check, topic, phrase, voiceName,
                number -> digits.isEmpty() ? null : seal.seal(digits, number), now);
        LOG.log(Level.INFO, "request {0} ({1}) left at the kiosk{2}", request.number(), topic,
                voice.isPresent() ? " with a voice message" : "");
        return request;
    }

    /** A new file in the voice folder for a recording (deleted by the page unless submitted, which renames it). */
    public Path newRecordingFile() throws IOException {
        Files.createDirectories(voiceDir);
        return voiceDir.resolve("recording-" + Long.toHexString(random.nextLong()) + ".wav");
    }

    public RequestCode code(Request request) {
        return new RequestCode(station, request.number(), request.checkCode());
    }

    /** A slip's QR: the request, when it is this station's and the check code matches. */
    public Optional<Request> byCode(String scanned) {
        return RequestCode.parse(scanned).filter(c -> c.station().equals(station))
                .flatMap(c -> byNumber(c.number(), c.checkCode()));
    }

    /** The number and check code printed on the slip. */
    public Optional<Request> byNumber(String number, String checkCode) {
        if (number == null || checkCode == null) {
            return Optional.empty();
        }
        return repository.byNumber(number.strip()).filter(r -> MessageDigest.isEqual(r.checkCode().getBytes(),
                checkCode.strip().getBytes()));
    }

    public Optional<Request> find(String number) {
        return repository.byNumber(number);
    }

    public List<Request> latest(int limit) {
        return repository.latest(limit);
    }

    /** The phone left with request, for staff who call back; empty when none or purged. */
    public Optional<String> phone(Request request) {
        return request.phoneSealed().flatMap(s -> seal.open(s, request.number()));
    }

    /** The voice message's file, when there is one. */
    public Optional<Path> voice(Request request) {
        return request.voiceFile().map(voiceDir::resolve).filter(Files::isRegularFile);
    }

    /** 处理中: {@code staff} took it up. */
    public Request start(String number, String staff) {
        Request r = known(number);
        if (!repository.start(r.id(), clock.instant(), staff)) {
            throw new InvalidInput("web.requests.error.state", "only a pending request can be taken up", number);
        }
        return known(number);
    }

    /** 已答复: the answer the villager reads at the kiosk. */
    public Request answer(String number, String answer, String staff) {
        Request r = known(number);
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty() || text.length() > MAX_ANSWER) {
            throw new InvalidInput("web.requests.error.answer", "the answer must be 1-1000 characters", MAX_ANSWER);
        }
        if (!repository.answer(r.id(), text, clock.instant(), staff)) {
            throw new InvalidInput("web.requests.error.state", "the request was answered already", number);
        }
        LOG.log(Level.INFO, "request {0} answered by {1}", number, staff);
        return known(number);
    }

    public RequestStatistics statistics(LocalDate from, LocalDate to) {
        return RequestStatistics.of(repository.createdBetween(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Purges the phone and voice message of requests answered more than {@code retention} ago. */
    public int purge(Duration retention) {
        Instant now = clock.instant();
        int purged = 0;
        for (Request r : repository.purgeable(now.minus(retention))) {
            try {
                if (r.voiceFile().isPresent()) {
                    Files.deleteIfExists(voiceDir.resolve(r.voiceFile().get()));
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete the voice message of request {0}: {1}", r.number(),
                        e.getMessage());
                continue;
            }
            repository.purge(r.id(), now);
            purged++;
        }
        if (purged > 0) {
            LOG.log(Level.INFO, "purged the phone and voice of {0} requests answered over {1} days ago", purged,
                    retention.toDays());
        }
        return purged;
    }

    private Request known(String number) {
        return repository.byNumber(number).orElseThrow(() -> new InvalidInput("web.requests.error.unknown",
                "no such request", number));
    }
}
