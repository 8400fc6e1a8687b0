package org.xiangli.provisioning.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;

/** Who this process is, and giving a file to a user: the system's, or a recording fake in tests. */
public interface FileOwners {

    /** Whether this process runs as root (effective uid 0): only root can give files away. */
    boolean isRoot();

    /**
     * Gives {@code file} to {@code user} and the group of that name, never following a symbolic link (lchown): a
     * link planted where a data file should be must not hand its target to the kiosk user.
     *
     * @throws UserPrincipalNotFoundException no such user or group on this system
     */
    void giveTo(Path file, String user) throws IOException;

    /** This system: the uid of {@code /proc/self}, the name service for the user. */
    static FileOwners system() {
        return new FileOwners() {
            @Override
            public boolean isRoot() {
                try {
                    return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
                } catch (IOException | UnsupportedOperationException e) {
                    // No /proc (not Linux): the account name is the next best thing.
                    return "root".equals(System.getProperty("user.name"));
                }
            }

            @Override
            public void giveTo(Path file, String user) throws IOException {
                UserPrincipalLookupService names = file.getFileSystem().getUserPrincipalLookupService();
                UserPrincipal owner = names.lookupPrincipalByName(user);
                GroupPrincipal group = names.lookupPrincipalByGroupName(user);
                PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                view.setOwner(owner);
                view.setGroup(group);
            }
        };
    }
}
