package org.xiangli.kiosk.config;

/** One thing wrong in a config file, with enough detail for a technician to fix it without reading code. */
public record ConfigProblem(String file, int line, String key, String value, String expected) {

    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (key != null) {
            sb.append(key);
            if (value != null) {
                sb.append(" = ").append(value);
            }
            sb.append(": ");
        }
        return sb.append(expected).toString();
    }
}
