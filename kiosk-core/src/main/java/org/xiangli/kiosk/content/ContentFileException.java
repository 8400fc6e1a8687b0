package org.xiangli.kiosk.content;

/** A content source file that cannot be used: which file, which line, what is wrong. */
public final class ContentFileException extends Exception {

    private final String file;
    private final int line;

    public ContentFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
