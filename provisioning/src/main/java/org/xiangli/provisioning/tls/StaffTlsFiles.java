package org.xiangli.provisioning.tls;

import org.xiangli.kiosk.keys.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.io.PrintStream;
import org.xiangli.provisioning.store.FileOwners;
import org.xiangli.provisioning.store.NoFollowFiles;

/**
 * Writes the console's PEM files as root in a folder under {@code /etc/xiangli}, which the kiosk user can write to:
 * the folder must be a real folder of root's (a link or a folder the kiosk user made is refused), each file is
 * written to a new temporary file and renamed over its name (a planted link is replaced, never followed), the key
 * 0600 and given to the kiosk user (who alone reads it), the certificate 0644.
 */
public final class StaffTlsFiles {

    private final FileOwners owners;
    private final String kioskUser;
    private final PrintStream log;

    public StaffTlsFiles(FileOwners owners, String kioskUser, PrintStream log) {
        this.owners = owners;
        this.kioskUser = kioskUser;
        this.log = log;
    }

    public void write(Path certificate, Path key, StaffCertificates.Issued issued) throws IOException {
        folder(certificate.toAbsolutePath().getParent());
        folder(key.toAbsolutePath().getParent());
        String keyPem = Pem.encode("PRIVATE KEY", issued.key().getEncoded());
        NoFollowFiles.write(key, "rw-------", out -> out.write(keyPem.getBytes(StandardCharsets.US_ASCII)));
        if (owners.isRoot()) {
            try {
                owners.giveTo(key, kioskUser);
            } catch (UserPrincipalNotFoundException e) {
                log.println("note: there is no user " + kioskUser + "; " + key + " stays root's and the kiosk cannot "
                        + "read it until it is given to " + kioskUser + " (chown " + kioskUser + ": " + key + ")");
            }
        }
        NoFollowFiles.write(certificate, Pem.certificates(issued.chain()), "rw-r--r--");
    }

    /** Makes the folder (0750, group the kiosk user's) or checks that the one there is a real folder of ours. */
    private void folder(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rwxr-x---")));
            if (owners.isRoot()) {
                try {
                    PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class,
                            LinkOption.NOFOLLOW_LINKS);
                    view.setGroup(dir.getFileSystem().getUserPrincipalLookupService()
                            .lookupPrincipalByGroupName(kioskUser));
                } catch (UserPrincipalNotFoundException e) {
                    log.println("note: there is no group " + kioskUser + "; " + dir + " stays root's only");
                }
            }
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a folder (a symbolic link?): remove it and run again");
        }
        if (owners.isRoot()) {
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals("root")) {
                throw new IOException(dir + " belongs to " + owner + ", who could swap the files in it: remove it "
                        + "(or chown root " + dir + ") and run again");
            }
        }
    }
}
