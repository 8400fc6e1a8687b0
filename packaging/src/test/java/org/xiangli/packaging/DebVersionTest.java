package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.packaging.Debs.Run;

/** The package version comes from the commit (src/build/deb-metadata): every commit sorts above the one before. */
class DebVersionTest {

    private static final Path SCRIPT = Path.of("src/build/deb-metadata").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void twoCommitsGiveIncreasingVersionsThatAptUpgradesBetween() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "2026-11-29T23:59:59+08:00", "init", "-q");
        commit(repo, "2026-11-29T23:59:59+08:00", "first");
        String first = version(repo, "0.1.0-SNAPSHOT");
        commit(repo, "2026-11-30T00:00:01+08:00", "second");
        String second = version(repo, "0.1.0-SNAPSHOT");

        // The commit date in UTC, then the short hash.
        assertTrue(first.matches("0\\.1\\.0~git20261129155959\\.[0-9a-f]{7,}"), first);
        assertTrue(second.matches("0\\.1\\.0~git20261129160001\\.[0-9a-f]{7,}"), second);
        assertLess(first, second);
        // Older packages took the fixed reproducible-build timestamp: the new scheme upgrades them.
        assertLess("0.1.0~20261123000000", first);
        // The release 0.1.0 comes after all of its snapshots.
        assertLess(second, version(repo, "0.1.0"));
        assertEquals("0.1.0", version(repo, "0.1.0"));
    }

    @Test
    void outsideAGitCheckoutTheVersionSaysNogitAndSortsBelowEveryGitBuild() throws Exception {
        Path tarball = Files.createDirectories(dir.resolve("unpacked-source"));

        String version = version(tarball, "0.1.0-SNAPSHOT");

        assertEquals("0.1.0~~nogit", version);
        assertLess(version, "0.1.0~git20260101000000.0000000");
    }

    @Test
    void theChangelogIsDebiansFormatForThatVersion() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "2026-11-30T08:00:00+08:00", "init", "-q");
        commit(repo, "2026-11-30T08:00:00+08:00", "A subject line that is long enough to be folded by the script "
                + "onto a second line of the changelog entry");
        String version = version(repo, "0.1.0-SNAPSHOT");

        byte[] gz = Files.readAllBytes(dir.resolve("out/changelog.gz"));
        String changelog;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            changelog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(changelog.startsWith("xiangli (" + version + ") unstable; urgency=medium\n\n  * Built from commit "),
                changelog);
        assertTrue(changelog.lines().allMatch(l -> l.length() <= 80), changelog);
        assertTrue(changelog.contains("\n -- Xiangli project <xiangli@example.org>  Mon, 30 Nov 2026 08:00:00 +0800\n"),
                changelog);
        // gzip -n: no name or time in the header, so the same commit gives the same bytes.
        assertEquals(0, gz[4] | gz[5] | gz[6] | gz[7], "gzip header time");
    }

    private String version(Path source, String projectVersion) throws Exception {
        Path out = dir.resolve("out");
        Run run = Debs.run(Map.of(), "sh", SCRIPT.toString(), out.toString(), projectVersion, source.toString(),
                "2026-11-23T00:00:00Z");
        assertEquals(0, run.exitCode(), run.output());
        String properties = Files.readString(out.resolve("deb.properties"));
        assertTrue(properties.startsWith("deb.version="), properties);
        return properties.strip().substring("deb.version=".length());
    }

    private static void assertLess(String lower, String higher) throws Exception {
        Run compare = Debs.run(Map.of(), "dpkg", "--compare-versions", lower, "lt", higher);
        assertEquals(0, compare.exitCode(), lower + " must sort below " + higher);
    }

    private static void commit(Path repo, String date, String subject) throws Exception {
        Files.writeString(repo.resolve("file.txt"), subject, StandardCharsets.UTF_8);
        git(repo, date, "add", "file.txt");
        git(repo, date, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", subject);
    }

    private static void git(Path repo, String date, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date,
                "GIT_CONFIG_NOSYSTEM", "1", "HOME", repo.toString()));
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repo.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Run run = Debs.run(env, command);
        assertEquals(0, run.exitCode(), run.output());
    }
}
