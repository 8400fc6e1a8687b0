package org.xiangli.kiosk.content;

/** A content source file that cannot be used: which file, which line, what is wrong. */
public final class ContentFileException extends Exception {

    private final String file;
    private final int line;

    private final java.util.List<ContentFileException> all;

    public ContentFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.all = java.util.List.of(this);
    }

    /** Several problems at once (one per line of the message), so a publisher fixes them in one go. */
    private ContentFileException(java.util.List<ContentFileException> problems) {
        super(String.join("\n", problems.stream().map(Throwable::getMessage).toList()));
        this.file = problems.getFirst().file;
        this.line = problems.getFirst().line;
        this.all = java.util.List.copyOf(problems);
    }

    /** The one problem, or all of them together; {@code problems} must not be empty. */
    public static ContentFileException of(java.util.List<ContentFileException> problems) {
        java.util.List<ContentFileException> flat = problems.stream().flatMap(p -> p.problems().stream()).toList();
        return flat.size() == 1 ? flat.getFirst() : new ContentFileException(flat);
    }

    /** Every problem this stands for, each with its file and line. */
    public java.util.List<ContentFileException> problems() {
        return all;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
