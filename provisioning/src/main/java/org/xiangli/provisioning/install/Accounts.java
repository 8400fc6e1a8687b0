package org.xiangli.provisioning.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * User and group ids from a root's own {@code /etc/passwd} and {@code /etc/group}: a staged image's ids are not
 * the build machine's, so the host's name service cannot be asked.
 */
record Accounts(Map<String, Integer> users, Map<String, Integer> groups) {

    static Accounts read(Path root) throws IOException {
        return new Accounts(ids(root.resolve("etc/passwd")), ids(root.resolve("etc/group")));
    }

    private static Map<String, Integer> ids(Path file) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        ids.put("root", 0);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":");
                if (fields.length >= 3 && fields[2].matches("\\d+")) {
                    ids.put(fields[0], Integer.parseInt(fields[2]));
                }
            }
        }
        return ids;
    }

    int uid(String name) throws IOException {
        return find(users, name, "user");
    }

    int gid(String name) throws IOException {
        return find(groups, name, "group");
    }

    private static int find(Map<String, Integer> ids, String name, String kind) throws IOException {
        Integer id = ids.get(name);
        if (id == null) {
            throw new IOException("no " + kind + " '" + name + "' in the target's account files");
        }
        return id;
    }
}
