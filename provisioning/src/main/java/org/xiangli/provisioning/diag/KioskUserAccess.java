package org.xiangli.provisioning.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the kiosk's user can open what it needs, judged from owners and mode bits (every folder on the way needs
 * x, the file r or rw) as root sees them: a {@code kiosk.db} left root's by a root command, or a config saved 0600,
 * stops the kiosk with an error far from its cause. ACLs are not read; the package sets none.
 */
final class KioskUserAccess {

    /** What the kiosk does with a path. */
    enum Need {
        READ, READ_WRITE, LIST, LIST_WRITE
    }

    /** A user as /etc/passwd and /etc/group describe it. */
    record Account(String name, int uid, Set<Integer> gids) {
    }

    private final Account account;

    KioskUserAccess(Account account) {
        this.account = account;
    }

    /** The named user from {@code passwd} and {@code group} files; empty when there is no such user. */
    static Optional<Account> find(String name, Path passwd, Path group) throws IOException {
        for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
            String[] f = line.split(":", -1);
            if (f.length >= 4 && f[0].equals(name)) {
                Set<Integer> gids = new HashSet<>();
                gids.add(Integer.parseInt(f[3]));
                for (String g : Files.readAllLines(group, StandardCharsets.UTF_8)) {
                    String[] gf = g.split(":", -1);
                    if (gf.length >= 4 && List.of(gf[3].split(",")).contains(name)) {
                        gids.add(Integer.parseInt(gf[2]));
                    }
                }
                return Optional.of(new Account(name, Integer.parseInt(f[2]), gids));
            }
        }
        return Optional.empty();
    }

    /** Why the user cannot do what {@code need} says with {@code path}, or empty when it can. */
    Optional<String> problem(Path path, Need need) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            return Optional.of(absolute + ": missing");
        }
        List<Path> ancestors = new ArrayList<>();
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            ancestors.addFirst(p);
        }
        try {
            for (Path folder : ancestors) {
                if (!allowed(folder, false, false, true)) {
                    return Optional.of(absolute + ": cannot pass through " + folder + " (" + describe(folder) + ")");
                }
            }
            boolean ok = switch (need) {
                case READ -> allowed(absolute, true, false, false);
                case READ_WRITE -> allowed(absolute, true, true, false);
                case LIST -> allowed(absolute, true, false, true);
                case LIST_WRITE -> allowed(absolute, true, true, true);
            };
            if (!ok) {
                String verb = switch (need) {
                    case READ -> "cannot read";
                    case READ_WRITE -> "cannot write";
                    case LIST -> "cannot open the folder";
                    case LIST_WRITE -> "cannot write in the folder";
                };
                return Optional.of(absolute + ": " + verb + " (" + describe(absolute) + ")");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(absolute + ": cannot tell (" + e.getMessage() + ")");
        }
    }

    private boolean allowed(Path p, boolean read, boolean write, boolean execute) throws IOException {
        int uid = (int) Files.getAttribute(p, "unix:uid");
        int gid = (int) Files.getAttribute(p, "unix:gid");
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        String who = uid == account.uid() ? "OWNER" : account.gids().contains(gid) ? "GROUP" : "OTHERS";
        return (!read || perms.contains(PosixFilePermission.valueOf(who + "_READ")))
                && (!write || perms.contains(PosixFilePermission.valueOf(who + "_WRITE")))
                && (!execute || perms.contains(PosixFilePermission.valueOf(who + "_EXECUTE")));
    }

    private static String describe(Path p) throws IOException {
        return "mode " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p))
                + ", owner " + Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName() + ":"
                + Files.readAttributes(p, java.nio.file.attribute.PosixFileAttributes.class).group().getName();
    }
}
