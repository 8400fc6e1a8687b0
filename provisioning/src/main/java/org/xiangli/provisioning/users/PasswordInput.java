package org.xiangli.provisioning.users;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Reads a new password (or PIN): typed twice on the terminal (not echoed), or one line from stdin for scripts. */
public final class PasswordInput {

    private PasswordInput() {
    }

    /** Empty when the two typed passwords differ or nothing could be read. */
    static Optional<String> read(boolean fromStdin, InputStream stdin) throws IOException {
        return read(fromStdin, stdin, "New password / 新密码: ");
    }

    /** As {@link #read(boolean, InputStream)}, asking with {@code prompt} on the terminal. */
    public static Optional<String> read(boolean fromStdin, InputStream stdin, String prompt) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return Optional.ofNullable(line).map(String::strip).filter(s -> !s.isEmpty());
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] first = console.readPassword(prompt);
        char[] second = console.readPassword("Again / 再输一次: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                return Optional.empty();
            }
            return Optional.of(new String(first));
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (second != null) {
                Arrays.fill(second, ' ');
            }
        }
    }
}
