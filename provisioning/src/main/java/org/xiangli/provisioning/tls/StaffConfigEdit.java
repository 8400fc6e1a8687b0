package org.xiangli.provisioning.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xiangli.kiosk.config.TomlText;

/**
 * Sets {@code staff.tls_cert} and {@code staff.tls_key} in a kiosk.toml's text, keeping every other line (and its
 * comments) as it is: replaces the keys in the {@code [staff]} table, adds them to it, or adds the table.
 */
final class StaffConfigEdit {

    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_.\"-]+)\\s*]\\s*(#.*)?$");

    private StaffConfigEdit() {
    }

    static String set(String toml, String certificate, String key) {
        List<String> lines = new ArrayList<>(toml.lines().toList());
        String certLine = "tls_cert = " + TomlText.quote(certificate);
        String keyLine = "tls_key = " + TomlText.quote(key);
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            var m = TABLE.matcher(lines.get(i));
            if (m.matches()) {
                if (start >= 0) {
                    end = i;
                    break;
                }
                if (m.group(1).equals("staff")) {
                    start = i;
                }
            }
        }
        if (start < 0) {
            if (!lines.isEmpty() && !lines.getLast().isBlank()) {
                lines.add("");
            }
            lines.add("[staff]");
            lines.add(certLine);
            lines.add(keyLine);
            return String.join("\n", lines) + "\n";
        }
        boolean certSet = false;
        boolean keySet = false;
        int lastKey = start;
        for (int i = start + 1; i < end; i++) {
            String line = lines.get(i).strip();
            if (line.matches("tls_cert\\s*=.*")) {
                lines.set(i, certLine);
                certSet = true;
            } else if (line.matches("tls_key\\s*=.*")) {
                lines.set(i, keyLine);
                keySet = true;
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                lastKey = i;
            }
        }
        List<String> add = new ArrayList<>();
        if (!certSet) {
            add.add(certLine);
        }
        if (!keySet) {
            add.add(keyLine);
        }
        lines.addAll(lastKey + 1, add);
        return String.join("\n", lines) + "\n";
    }
}
