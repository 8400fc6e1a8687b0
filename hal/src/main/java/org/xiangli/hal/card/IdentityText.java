package org.xiangli.hal.card;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The card's 256-byte text block: UCS-2 little-endian, fixed-width fields padded with spaces. Decodes it for the
 * driver and encodes it for the virtual reader.
 */
public final class IdentityText {

    public static final int LENGTH = 256;

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    // Field widths in characters (two bytes each), in card order.
    private static final int NAME = 15;
    private static final int SEX = 1;
    private static final int NATION = 2;
    private static final int DATE = 8;
    private static final int ADDRESS = 35;
    private static final int ID = 18;
    private static final int ISSUER = 15;
    private static final int RESERVED = 18;

    private IdentityText() {
    }

    /** @throws CardDataException when the block is too short or a field does not hold a valid value */
    public static IdentityCard decode(byte[] block) throws CardDataException {
        if (block.length < LENGTH) {
            throw new CardDataException("text block of " + block.length + " bytes, expected " + LENGTH);
        }
        String text = new String(block, 0, LENGTH, StandardCharsets.UTF_16LE);
        Cursor cursor = new Cursor(text);
        String name = cursor.next(NAME);
        String sexCode = cursor.next(SEX);
        String nationCode = cursor.next(NATION);
        LocalDate birth = date(cursor.next(DATE), "birth date");
        String address = cursor.next(ADDRESS);
        String idText = cursor.next(ID);
        String issuer = cursor.next(ISSUER);
        LocalDate from = date(cursor.next(DATE), "valid-from date");
        String toText = cursor.next(DATE);
        Optional<LocalDate> until = toText.equals(IdentityCard.LONG_TERM)
                ? Optional.empty() : Optional.of(date(toText, "valid-to date"));
        if (name.isEmpty()) {
            throw new CardDataException("empty name");
        }
        CitizenIdNumber.Problem problem = CitizenIdNumber.check(idText);
        if (problem != CitizenIdNumber.Problem.NONE) {
            throw new CardDataException("ID number " + problem.describe());
        }
        return new IdentityCard(name, Sex.of(sexCode.isEmpty() ? '0' : sexCode.charAt(0)), nation(nationCode),
                birth, address, new CitizenIdNumber(idText), issuer, from, until);
    }

    public static byte[] encode(IdentityCard card) {
        StringBuilder text = new StringBuilder(LENGTH / 2);
        pad(text, card.name(), NAME);
        pad(text, String.valueOf(card.sex().code()), SEX);
        pad(text, card.nation().codeText(), NATION);
        pad(text, card.birthDate().format(COMPACT), DATE);
        pad(text, card.address(), ADDRESS);
        pad(text, card.idNumber().value(), ID);
        pad(text, card.issuer(), ISSUER);
        pad(text, card.validFrom().format(COMPACT), DATE);
        pad(text, card.validUntil().map(d -> d.format(COMPACT)).orElse(IdentityCard.LONG_TERM), DATE);
        pad(text, "", RESERVED);
        return ByteBuffer.allocate(LENGTH).put(text.toString().getBytes(StandardCharsets.UTF_16LE)).array();
    }

    private static void pad(StringBuilder text, String value, int width) {
        String cut = value.length() > width ? value.substring(0, width) : value;
        text.append(cut).append(" ".repeat(width - cut.length()));
    }

    private static Nation nation(String code) throws CardDataException {
        if (code.length() != 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            throw new CardDataException("nation code '" + code + "' is not two digits");
        }
        return Nation.of(Integer.parseInt(code));
    }

    private static LocalDate date(String value, String what) throws CardDataException {
        if (value.length() != 8 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Values stay out of messages: they end up in logs, and a birth date is personal information.
            throw new CardDataException(what + " is not YYYYMMDD");
        }
        try {
            return LocalDate.parse(value, COMPACT);
        } catch (DateTimeException e) {
            throw new CardDataException(what + " is not a real date");
        }
    }

    /** Walks the fixed-width fields and strips their padding. */
    private static final class Cursor {
        private final String text;
        private int position;

        Cursor(String text) {
            this.text = text;
        }

        String next(int width) {
            String field = text.substring(position, position + width);
            position += width;
            return field.replace("\u0000", "").strip();
        }
    }
}
