package org.xiangli.kiosk.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The policy papers of {@code shared/seed-documents} as test content: every paragraph of at least 20 characters
 * becomes an item, its first sentence (up to 40 characters) the title. Categories and dates rotate.
 */
public final class SeedDocuments {

    private SeedDocuments() {
    }

    public static Path folder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : List.of(p.resolve("shared/seed-documents"), p.resolve("../shared/seed-documents"))) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        return Path.of("/work/shared/seed-documents");
    }

    public static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String text = line.replace("[bookmark: _GoBack]", "").strip();
                    if (text.codePointCount(0, text.length()) >= 20 && !text.startsWith("#")) {
                        out.add(text);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<ContentItem> items(int count, LocalDate newest) {
        List<String> paragraphs = paragraphs();
        List<ContentItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = paragraphs.get(i % paragraphs.size());
            items.add(new ContentItem(String.format("seed-%05d", i), Category.DEFAULTS.get(i % 6).code(),
                    titleOf(text), "", text, newest.minusDays(i % 365), Optional.empty(), Priority.NORMAL,
                    i % 50 == 0, Optional.empty()));
        }
        return items;
    }

    static String titleOf(String paragraph) {
        int end = paragraph.length();
        for (String stop : List.of("。", "；", "：")) {
            int at = paragraph.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return paragraph.substring(0, Math.min(end, 40));
    }
}
