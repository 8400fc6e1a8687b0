package org.xiangli.kiosk.payments.ledger;

import java.io.IOException;
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
import org.xiangli.kiosk.content.bundle.PublisherKeyFiles;
import org.xiangli.kiosk.content.bundle.TrustedKeys;
import org.xiangli.kiosk.content.bundle.VerifiedBundle;
import org.xiangli.kiosk.payments.Payer;

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

    private final VerifiedBundle bundle;
    private final Header header;

    private LedgerBundle(VerifiedBundle bundle, Header header) {
        this.bundle = bundle;
        this.header = header;
    }

    public Header header() {
        return header;
    }

    /** The payers of one part, parsed and checked. */
    public List<Payer> part(String name) throws LedgerException {
        byte[] json = bundle.assets().get(name);
        if (json == null) {
            throw new LedgerException("the ledger has no part " + name);
        }
        return LedgerJson.parsePayers(json);
    }

    public static LedgerBundle read(Path file, TrustedKeys trusted) throws LedgerException {
        VerifiedBundle bundle;
        try {
            bundle = new BundleReader(trusted::find, LIMITS).read(file);
        } catch (BundleException e) {
            throw new LedgerException(e.getMessage(), e);
        }
        Manifest m = bundle.manifest();
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
        return new LedgerBundle(bundle, new Header(m.id(), bundle.publisher().id(), m.sequence(), created,
                m.scope().getFirst(), parts));
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
