package org.xiangli.kiosk.toml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random damage to a valid text, as a slip of a technician's editor or a cut-off copy would do. */
final class Mutations {

    /** Characters that mean something to TOML, and a few that mean trouble. */
    private static final String ALPHABET = "[]{}=,.\"'#\\ \t\n_-+:0123456789aeTZxob中\u0000\u007f";

    private Mutations() {
    }

    static String mutate(String text, Random random) {
        String result = text;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            result = once(result, random);
        }
        return result;
    }

    private static String once(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        switch (random.nextInt(7)) {
            case 0 -> sb.insert(at, c);
            case 1 -> {
                if (!text.isEmpty()) {
                    sb.deleteCharAt(at);
                }
            }
            case 2 -> {
                if (!text.isEmpty()) {
                    sb.setCharAt(at, c);
                }
            }
            case 3 -> sb.setLength(at);
            default -> {
                return lines(text, random);
            }
        }
        return sb.toString();
    }

    /** A line doubled, dropped or swapped with another: keys and headers defined twice, tables split. */
    private static String lines(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> lines.add(j, lines.get(i));
            case 1 -> lines.remove(i);
            default -> {
                String line = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
        }
        return String.join("\n", lines);
    }
}
