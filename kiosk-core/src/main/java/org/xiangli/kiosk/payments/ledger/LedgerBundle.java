package org.xiangli.kiosk.payments.ledger;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.content.bundle.BundleReader;
import org.xiangli.kiosk.content.bundle.BundleWriter;
import org.xiangli.kiosk.content.bundle.Manifest;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.model.Payer;

/**
 * A signed payments ledger for one station, in the content bundle file format (same framing, same Ed25519
 * signature over a manifest that fixes every part's size and hash). The payers travel as JSON parts of at most
 * {@link #PAYERS_PER_PART} payers, each under the content bundle's asset size limit.
 *
 * <p>The manifest says {@code kind: delta} with no items, so that a ledger handed to the content importer by
 * mistake changes nothing there; ledger keys are trusted separately ({@code payments.trusted_keys}) anyway.
 */
public final class LedgerBundle {

    public static final String ID_PREFIX = "payments-ledger-";
    static final String PART_PREFIX = "ledger/payers-";
    static final int PAYERS_PER_PART = 1_000;
    /** A part of 1,000 payers with 20 records each is about 5 MiB; room for long addresses. */
    static final BundleLimits LIMITS = new BundleLimits(16L << 20, 1 << 20, 0);

    /** What a verified ledger file says about itself; its parts are read one at a time. */
    public record Header(String bundleId, String publisher, long sequence, Instant created, String station,
                         List<String> parts) {
    }

    /** Receives each payer as soon as it is parsed and checked. */
    public interface PayerSink {
        void accept(Payer payer) throws LedgerException;
    }

    private final Path file;
    private final BundleReader.SignedManifest signed;
    private final Header header;

    private LedgerBundle(Path file, BundleReader.SignedManifest signed, Header header) {
        this.file = file;
        this.signed = signed;
        this.header = header;
    }

    public Header header() {
        return header;
    }

    /**
     * Checks every part against the SHA-256 the signed manifest gives it, reading the file once in small blocks.
     * Call before applying anything: a damaged ledger is refused before the one in use is touched.
     */
    public void verifyParts() throws LedgerException {
        byte[] block = new byte[1 << 16];
        try (InputStream in = open()) {
            for (Manifest.AssetEntry part : signed.manifest().assets()) {
                MessageDigest digest = sha256();
                long left = part.size();
                while (left > 0) {
                    int n = in.read(block, 0, (int) Math.min(block.length, left));
                    if (n < 0) {
                        throw new LedgerException(file.getFileName() + " is truncated; copy it again");
                    }
                    digest.update(block, 0, n);
                    left -= n;
                }
                check(part, digest);
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the payers part by part, one at a time, handing each to {@code sink}. Each part's SHA-256 is
     * computed again as it is parsed: a file changed since {@link #verifyParts()} fails here, after the last
     * payer of the changed part and before the caller commits.
     */
    public int forEachPayer(PayerSink sink) throws LedgerException {
        int payers = 0;
        try (InputStream in = open()) {
            for (Manifest.AssetEntry part : signed.manifest().assets()) {
                MessageDigest digest = sha256();
                // Exactly this part's bytes: the parser cannot read into the next one, and what it leaves
                // (whitespace) is still hashed below.
                InputStream bounded = new DigestInputStream(new Bounded(in, part.size()), digest);
                payers += LedgerPartReader.read(bounded, part.name(), sink);
                bounded.transferTo(OutputStream.nullOutputStream());
                check(part, digest);
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return payers;
    }

    private InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(signed.assetsOffset());
        return in;
    }

    private void check(Manifest.AssetEntry part, MessageDigest digest) throws LedgerException {
        if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(part.sha256())) {
            throw new LedgerException(file.getFileName() + ": part " + part.name() + " does not match its SHA-256; "
                    + "the file is damaged or was altered");
        }
    }

    /** Reads the signed manifest only; the parts stay on disk until {@link #verifyParts} and {@link #forEachPayer}. */
    public static LedgerBundle read(Path file, TrustedKeys trusted) throws LedgerException {
        BundleReader.SignedManifest signed;
        try {
            signed = new BundleReader(trusted::find, LIMITS).readManifest(file);
        } catch (BundleException e) {
            throw new LedgerException(e.getMessage(), e);
        }
        Manifest m = signed.manifest();
        if (m.id() == null || !m.id().startsWith(ID_PREFIX) || !m.items().isEmpty() || m.scope().size() != 1
                || m.scope().contains("*")) {
            throw new LedgerException(file.getFileName() + " is not a payments ledger for one station");
        }
        Instant created;
        try {
            created = Instant.parse(m.created());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new LedgerException(file.getFileName() + ": the ledger has no valid creation time");
        }
        List<String> parts = new ArrayList<>();
        for (Manifest.AssetEntry asset : m.assets()) {
            if (!asset.name().startsWith(PART_PREFIX)) {
                throw new LedgerException(file.getFileName() + ": unexpected part " + asset.name());
            }
            parts.add(asset.name());
        }
        return new LedgerBundle(file, signed, new Header(m.id(), signed.publisher().id(), m.sequence(), created,
                m.scope().getFirst(), parts));
    }

    /** At most {@code limit} bytes of the underlying stream, which stays open. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b < 0) {
                throw new EOFException("the ledger file ends inside a part");
            }
            left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("the ledger file ends inside a part");
            }
            left -= n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return super.skip(Math.min(n, left));
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }

        @Override
        public void close() {
            // The file stream is closed by its owner, after the last part.
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    public static void write(Path out, String station, long sequence, Instant created, List<Payer> payers,
            PublisherKeyFiles.Signer signer) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        List<Manifest.AssetEntry> entries = new ArrayList<>();
        for (int from = 0, n = 1; from < payers.size() || n == 1; from += PAYERS_PER_PART, n++) {
            byte[] json = LedgerJson.toJson(payers.subList(Math.min(from, payers.size()),
                    Math.min(from + PAYERS_PER_PART, payers.size())));
            parts.add(json);
            entries.add(new Manifest.AssetEntry(String.format("%s%05d.json", PART_PREFIX, n), json.length,
                    sha256(json)));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, ID_PREFIX + station + "-" + sequence,
                signer.publicKey().id(), "payments", sequence, created.toString(), "delta", List.of(station),
                List.of(), List.of(), List.of(), entries);
        BundleWriter.write(out, manifest, parts, signer.privateKey());
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
