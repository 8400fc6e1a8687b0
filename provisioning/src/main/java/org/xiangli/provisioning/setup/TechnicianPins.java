package org.xiangli.provisioning.setup;

import java.security.SecureRandom;
import java.util.Optional;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.ops.TechnicianPin;

/**
 * Technician PINs as kioskctl makes and accepts them: {@value TechnicianPin#MIN_DIGITS} to 12 digits, never the
 * public demo PIN. A device with no PIN of its own would keep the demo PIN everyone can read in the manual, so
 * {@code init} and {@code batch} make one when none is given.
 */
public final class TechnicianPins {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TechnicianPins() {
    }

    /** A random 6-digit PIN, not the demo PIN and not one digit repeated or a run (123456, 987654). */
    public static String generate() {
        while (true) {
            String pin = "%06d".formatted(RANDOM.nextInt(1_000_000));
            if (problem(pin).isEmpty() && !isRun(pin)) {
                return pin;
            }
        }
    }

    /** Why {@code pin} cannot be used, in English and Chinese; empty when it can. */
    public static Optional<String> problem(String pin) {
        if (!pin.matches("\\d{" + TechnicianPin.MIN_DIGITS + ",12}")) {
            return Optional.of("a technician PIN has " + TechnicianPin.MIN_DIGITS + "-12 digits / 技术员密码应为 "
                    + TechnicianPin.MIN_DIGITS + "-12 位数字");
        }
        if (pin.equals(ConfigLoader.DEMO_PIN)) {
            return Optional.of("the demo PIN is public and refused outside demo mode / 不能使用演示密码");
        }
        if (pin.chars().distinct().count() == 1) {
            return Optional.of("one digit repeated is guessed first / 不能全是同一个数字");
        }
        return Optional.empty();
    }

    private static boolean isRun(String pin) {
        int step = pin.charAt(1) - pin.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
