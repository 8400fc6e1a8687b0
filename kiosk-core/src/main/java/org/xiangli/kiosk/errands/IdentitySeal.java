package org.xiangli.kiosk.errands;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.Sealer;

/**
 * A person as the payments store keeps one, for the station's other records: the ID number only as its keyed hash
 * ({@link KeyedHash#ofIdNumber}), the name sealed ({@link Sealer}) with the record's own number as associated data,
 * so a sealed name moved to another row does not open. Uses the payments data key: one key to guard, to rotate
 * and to lose.
 */
public final class IdentitySeal {

    private final KeyedHash hash;
    private final Sealer sealer;

    public IdentitySeal(KeyedHash hash, Sealer sealer) {
        this.hash = hash;
        this.sealer = sealer;
    }

    public byte[] idHash(String idNumber) {
        return hash.ofIdNumber(idNumber).bytes();
    }

    public KeyedHash.Digest digest(String idNumber) {
        return hash.ofIdNumber(idNumber);
    }

    public byte[] seal(String text, String recordNumber) {
        return sealer.seal(text.getBytes(StandardCharsets.UTF_8), recordNumber.getBytes(StandardCharsets.UTF_8));
    }

    /** The sealed text, or empty when it does not open (altered, moved, or the data key changed). */
    public Optional<String> open(byte[] sealed, String recordNumber) {
        try {
            return Optional.of(new String(sealer.open(sealed, recordNumber.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8));
        } catch (Sealer.SealException e) {
            return Optional.empty();
        }
    }

    /** The masked name (张*三) sealed in {@code sealed}; "*" when it cannot be opened or was purged. */
    public String maskedName(Optional<byte[]> sealed, String recordNumber) {
        return sealed.flatMap(s -> open(s, recordNumber)).map(IdentityCard::maskName).orElse("*");
    }
}
