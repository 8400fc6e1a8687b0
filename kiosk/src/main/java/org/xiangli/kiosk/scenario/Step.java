package org.xiangli.kiosk.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.devices.DemoDeviceControls.PrinterSetting;

/**
 * One line of a scenario: what a villager, a trainer or the simulated devices do, or what the screen must show.
 * {@link #line()} writes it back the way {@link ScenarioParser} reads it.
 */
public sealed interface Step {

    /** How long {@code wait} waits when the line names no time. */
    Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    /** The step as a scenario line. */
    String line();

    /** Tap the first tappable node in reading order whose words contain {@code text} (an exact match first). */
    record Tap(String text) implements Step {
        public Tap {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String line() {
            return "tap " + ScenarioParser.quoteIfNeeded(text, false);
        }
    }

    /** Wait until some words on screen contain {@code text}, at most {@code timeout}. */
    record Wait(String text, Duration timeout) implements Step {
        public Wait {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(timeout, "timeout");
        }

        @Override
        public String line() {
            return "wait " + ScenarioParser.quoteIfNeeded(text, true)
                    + (timeout.equals(DEFAULT_WAIT) ? "" : " " + ScenarioParser.seconds(timeout));
        }
    }

    /** Some words on screen contain {@code text} now. */
    record Expect(String text) implements Step {
        public Expect {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String line() {
            return "expect " + ScenarioParser.quoteIfNeeded(text, false);
        }
    }

    /** No words on screen contain {@code text} now. */
    record ExpectNo(String text) implements Step {
        public ExpectNo {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String line() {
            return "expect-no " + ScenarioParser.quoteIfNeeded(text, false);
        }
    }

    /** Lay a card with this number and name on the simulated reader (a new swipe). */
    record Card(CitizenIdNumber number, String name) implements Step {
        public Card {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String line() {
            return "card " + number.value() + " " + name;
        }
    }

    /** Take the card off the simulated reader. */
    record CardRemove() implements Step {
        @Override
        public String line() {
            return "card-remove";
        }
    }

    /** The simulated scanner reads {@code text}. */
    record Scan(String text) implements Step {
        public Scan {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String line() {
            return "scan " + ScenarioParser.quoteIfNeeded(text, false);
        }
    }

    /** Put the simulated printer in this state. */
    record Printer(PrinterSetting setting) implements Step {
        public Printer {
            Objects.requireNonNull(setting, "setting");
        }

        @Override
        public String line() {
            return "printer " + word(setting);
        }

        /** The scenario word for a setting: ok, paper-near-end, paper-out, cover-open. */
        public static String word(PrinterSetting setting) {
            return setting == PrinterSetting.READY ? "ok" : setting.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The last receipt the simulated printer cut says {@code text}. */
    record ReceiptContains(String text) implements Step {
        public ReceiptContains {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String line() {
            return "receipt-contains " + ScenarioParser.quoteIfNeeded(text, false);
        }
    }

    /** The screen now keeps the layout rule (no text cut or off screen, big enough targets). */
    record Fits() implements Step {
        @Override
        public String line() {
            return "fits";
        }
    }

    /** An urgent notice shows under the header (on), or none does (off). */
    record Banner(boolean on) implements Step {
        @Override
        public String line() {
            return "banner " + (on ? "on" : "off");
        }
    }

    /** Write what the screen shows now as a PNG. */
    record Screenshot(Path file) implements Step {
        public Screenshot {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String line() {
            return "screenshot " + file;
        }
    }

    /** Nobody touches anything for a while. */
    record Sleep(Duration duration) implements Step {
        public Sleep {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public String line() {
            return "sleep " + ScenarioParser.seconds(duration);
        }
    }

    /** The simulated scanner reads the QR code printed on the last receipt (the villager holds it under it). */
    record ScanReceipt() implements Step {
        @Override
        public String line() {
            return "scan-receipt";
        }
    }

    /**
     * What staff do in the console, through the same desks: {@code errand ID NAME SERVICE} registers an errand
     * (its receipt prints), {@code errand-state STATE [NOTE]} moves the last one registered, {@code answer TEXT}
     * answers the last request left.
     */
    record Staff(String action, java.util.List<String> words) implements Step {
        public Staff {
            Objects.requireNonNull(action, "action");
            words = java.util.List.copyOf(words);
        }

        @Override
        public String line() {
            String rest = action.equals("answer") ? ScenarioParser.quoteIfNeeded(words.getFirst(), false)
                    : String.join(" ", words);
            return "staff " + action + (rest.isEmpty() ? "" : " " + rest);
        }
    }

    /** Back to the home page, as 返回首页 does (the session is wiped). */
    record Home() implements Step {
        @Override
        public String line() {
            return "home";
        }
    }

    /** The screen becomes {@code width}×{@code height} pixels (landscape or portrait), and the home page shows. */
    record Size(int width, int height) implements Step {
        public Size {
            if (width < ScenarioParser.MIN_SIDE || height < ScenarioParser.MIN_SIDE
                    || width > ScenarioParser.MAX_SIDE || height > ScenarioParser.MAX_SIDE) {
                throw new IllegalArgumentException("size out of range: " + width + "x" + height);
            }
        }

        @Override
        public String line() {
            return "size " + width + "x" + height;
        }
    }

    /** 大字 on or off, as the header's button sets it. */
    record LargeText(boolean on) implements Step {
        @Override
        public String line() {
            return "large-text " + (on ? "on" : "off");
        }
    }

    /** The kiosk speaks Chinese (zh) or English (en), as 帮助 → English / 中文 switches it. */
    record Lang(boolean english) implements Step {
        @Override
        public String line() {
            return "lang " + (english ? "en" : "zh");
        }
    }

    /** The idle countdown runs on by this long at once, as if nobody had touched anything (no real waiting). */
    record Idle(Duration duration) implements Step {
        public Idle {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public String line() {
            return "idle " + ScenarioParser.seconds(duration);
        }
    }
}
