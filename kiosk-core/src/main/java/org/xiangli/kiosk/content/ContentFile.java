package org.xiangli.kiosk.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One content item as a publisher writes it: front matter between {@code ---} lines (title, category, published,
 * expires, priority, featured, url, summary), then the Markdown body. Used for the demo content and by kioskctl.
 */
public final class ContentFile {

    private static final Set<String> KEYS =
            Set.of("title", "category", "published", "expires", "priority", "featured", "url", "summary", "stations");
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)");

    /**
     * A parsed file with what the item itself does not keep: the stations it is for (empty = every station, from
     * the optional {@code stations} key, comma-separated codes) and the images its body refers to, with lines.
     */
    public record Source(ContentItem item, List<String> stations, List<ImageRef> images) {
    }

    /** An image path as written in the body, and its line in the file. */
    public record ImageRef(String path, int line) {
    }

    private ContentFile() {
    }

    public static ContentItem parse(String id, String text, String fileName) throws ContentFileException {
        return parseSource(id, text, fileName).item();
    }

    public static Source parseSource(String id, String text, String fileName) throws ContentFileException {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int start = 0;
        if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        if (start >= lines.length || !lines[start].strip().equals("---")) {
            throw new ContentFileException(fileName, start + 1, "expected front matter starting with a '---' line");
        }
        // Every problem of the file at once, each with its line: a publisher learns the front matter in one try.
        List<ContentFileException> problems = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        int i = start + 1;
        for (; i < lines.length && !lines[i].strip().equals("---"); i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add(new ContentFileException(fileName, i + 1, "expected 'key: value', got '"
                        + line.strip() + "'"));
                continue;
            }
            String key = line.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                problems.add(new ContentFileException(fileName, i + 1,
                        "unknown key '" + key + "'; allowed: " + String.join(", ", KEYS.stream().sorted().toList())));
                continue;
            }
            if (fields.containsKey(key)) {
                problems.add(new ContentFileException(fileName, i + 1, "key '" + key + "' given twice"));
                continue;
            }
            fields.put(key, unquote(line.substring(colon + 1).strip()));
            lineOf.put(key, i + 1);
        }
        if (i >= lines.length) {
            throw new ContentFileException(fileName, start + 1, "front matter is not closed by a '---' line");
        }
        String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length)).strip();
        String title = required(fields, "title", fileName, start + 1, problems);
        String categoryText = required(fields, "category", fileName, start + 1, problems);
        Category category = categoryText == null ? null : Category.byNameOrCode(categoryText);
        if (categoryText != null && category == null) {
            problems.add(new ContentFileException(fileName, lineOf.get("category"), "unknown category '"
                    + categoryText + "'; expected one of " + Category.DEFAULTS.stream().map(Category::nameZh)
                    .toList()));
        }
        String publishedText = required(fields, "published", fileName, start + 1, problems);
        LocalDate published = publishedText == null ? null
                : date(publishedText, "published", fileName, lineOf.get("published"), problems);
        Optional<LocalDate> expires = Optional.empty();
        if (fields.containsKey("expires")) {
            expires = Optional.ofNullable(date(fields.get("expires"), "expires", fileName, lineOf.get("expires"),
                    problems));
            if (expires.isPresent() && published != null && expires.get().isBefore(published)) {
                problems.add(new ContentFileException(fileName, lineOf.get("expires"), "expires is before published"));
            }
        }
        Priority priority = Priority.NORMAL;
        if (fields.containsKey("priority")) {
            try {
                priority = Priority.ofCode(fields.get("priority"));
            } catch (IllegalArgumentException e) {
                problems.add(new ContentFileException(fileName, lineOf.get("priority"),
                        "priority must be urgent, pinned or normal, got '" + fields.get("priority") + "'"));
            }
        }
        boolean featured = false;
        if (fields.containsKey("featured")) {
            String f = fields.get("featured");
            if (!f.equals("true") && !f.equals("false")) {
                problems.add(new ContentFileException(fileName, lineOf.get("featured"),
                        "featured must be true or false, got '" + f + "'"));
            }
            featured = f.equals("true");
        }
        Optional<String> url = Optional.ofNullable(fields.get("url")).filter(u -> !u.isEmpty());
        if (url.isPresent() && !url.get().matches("https?://\\S+")) {
            problems.add(new ContentFileException(fileName, lineOf.get("url"),
                    "url must start with http:// or https://"));
        }
        if (body.isEmpty()) {
            problems.add(new ContentFileException(fileName, i + 1, "the body after the front matter is empty"));
        }
        if (!problems.isEmpty()) {
            throw ContentFileException.of(problems);
        }
        String summary = fields.getOrDefault("summary", "");
        List<String> stations = Arrays.stream(fields.getOrDefault("stations", "").split(","))
                .map(String::strip).filter(st -> !st.isEmpty()).toList();
        List<ImageRef> images = new ArrayList<>();
        for (int n = i + 1; n < lines.length; n++) {
            java.util.regex.Matcher m = IMAGE.matcher(lines[n]);
            while (m.find()) {
                images.add(new ImageRef(m.group(1).strip(), n + 1));
            }
        }
        return new Source(new ContentItem(id, category.code(), title, summary, body, published, expires, priority,
                featured, url), stations, images);
    }

    /** The value, or null with the problem noted. */
    private static String required(Map<String, String> fields, String key, String file, int line,
                                   List<ContentFileException> problems) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            problems.add(new ContentFileException(file, line, "front matter lacks '" + key + "'"));
            return null;
        }
        return value;
    }

    /** The date, or null with the problem noted. */
    private static LocalDate date(String value, String key, String file, int line,
                                  List<ContentFileException> problems) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new ContentFileException(file, line, key + " must be a date YYYY-MM-DD, got '" + value
                    + "'"));
            return null;
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
