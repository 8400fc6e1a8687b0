package org.xiangli.kiosk.content.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.keys.PublisherKeyFiles;

/**
 * Files from anywhere (a USB stick, a feed) that try to exhaust memory before their signature is checked: each is
 * refused quickly in a heap far smaller than the kiosk's, with the reason a technician can act on.
 */
class HostileBundleTest {

    private static final int CAP = BundleLimits.DEFAULT.maxManifestBytes();

    @TempDir
    Path dir;

    @Test
    void junkManifestsAreRefusedBeforeTheyAreReadInASmallHeap() throws Exception {
        PublisherKeyFiles.Signer signer = BundleFixture.signer(dir.resolve("keys"));
        Path good = BundleFixture.build(BundleFixture.contentDir(dir.resolve("content")), signer, 1,
                dir.resolve("good.xlb"));
        List<String> files = new ArrayList<>();
        // The attack as reported: 60 MB of manifest, no signature.
        files.add(junk("huge-unsigned.xlb", 60_000_000, 60_000_000, 0).toString());
        // Just under the cap, unsigned: refused without reading the manifest.
        files.add(junk("unsigned.xlb", CAP, CAP, 0).toString());
        // Just under the cap, with a signature, naming no key: only its first bytes are looked at.
        files.add(junk("no-publisher.xlb", CAP, CAP, 64).toString());
        // A length field claiming far more than the file holds.
        files.add(junk("short.xlb", Integer.MAX_VALUE, 1000, 64).toString());
        files.add(good.toString());

        List<String> lines = runInSmallHeap(signer, files);

        assertEquals(List.of("huge-unsigned.xlb MALFORMED_MANIFEST", "unsigned.xlb UNSIGNED",
                "no-publisher.xlb MALFORMED_MANIFEST", "short.xlb MALFORMED_MANIFEST", "good.xlb OK"), lines);
    }

    @Test
    void aManifestWhoseFirstBytesNameNoPublisherIsRefusedWithAClearReason() throws Exception {
        Path file = junk("no-publisher.xlb", 10_000, 10_000, 64);

        BundleException e = org.junit.jupiter.api.Assertions.assertThrows(BundleException.class,
                () -> new BundleReader(id -> java.util.Optional.empty(), BundleLimits.DEFAULT).read(file));

        assertEquals(BundleException.Reason.MALFORMED_MANIFEST, e.reason());
        assertTrue(e.getMessage().contains("names no publisher key within its first 4096 bytes"), e.getMessage());
    }

    /**
     * A bundle header claiming {@code claimed} manifest bytes, followed by {@code written} bytes of JSON that never
     * ends (nested arrays, then zeros), a signature of {@code signatureLength} random bytes and nothing else.
     */
    private Path junk(String name, int claimed, int written, int signatureLength) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(BundleFormat.MAGIC));
            out.write(ByteBuffer.allocate(4).putInt(0, claimed));
            byte[] block = new byte[1 << 20];
            byte[] item = "{\"items\":[\"\u6751\u52a1\u516c\u5f00\",[[[".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < block.length; i++) {
                block[i] = item[i % item.length];
            }
            block[0] = '{';
            out.write(ByteBuffer.wrap(block, 0, Math.min(written, block.length)));
            // The rest of the manifest is left as a hole of zeros: the disk need not hold it, a reader sees it all.
            out.position(BundleFormat.MAGIC.length + 4L + written);
            byte[] signature = new byte[signatureLength];
            Arrays.fill(signature, (byte) 7);
            out.write(ByteBuffer.allocate(2).putShort(0, (short) signatureLength));
            out.write(ByteBuffer.wrap(signature));
        }
        return file;
    }

    private static List<String> runInSmallHeap(PublisherKeyFiles.Signer signer, List<String> files) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), VerifyBundlesChild.class.getName(),
                signer.publicKey().encoded()));
        command.addAll(files);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        long started = System.nanoTime();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ends");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertEquals(0, child.exitValue(), "the child survives its 64 MB heap:\n" + output);
        assertTrue(seconds < 20, "refused quickly, not after reading everything: " + seconds + " s");
        return output.lines().filter(l -> l.endsWith(" OK") || l.matches("\\S+\\.xlb [A-Z_]+")).toList();
    }
}
