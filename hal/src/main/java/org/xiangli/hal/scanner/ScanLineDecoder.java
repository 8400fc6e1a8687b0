package org.xiangli.hal.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Splits a serial scanner's bytes into codes: a line ends with CR, LF or CRLF (whatever suffix the scanner is set
 * to), in any chunking. Lines are read as UTF-8, or as GB18030 when they are not valid UTF-8; a line that is
 * neither, or longer than {@link #MAX_LINE} bytes, is rejected with a note rather than guessed at. Never throws.
 */
public final class ScanLineDecoder {

    /** Longest code accepted; a QR holds at most 2953 bytes. */
    public static final int MAX_LINE = 4096;
    static final Charset GB18030 = Charset.forName("GB18030");

    private final Consumer<ScannedCode> codes;
    private final Consumer<String> rejected;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean afterCr;
    private boolean overflowed;

    public ScanLineDecoder(Consumer<ScannedCode> codes, Consumer<String> rejected) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.rejected = Objects.requireNonNull(rejected, "rejected");
    }

    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            if (b == '\r' || b == '\n') {
                endLine();
            } else if (line.size() < MAX_LINE) {
                line.write(b);
            } else {
                overflowed = true;
            }
        }
    }

    private void endLine() {
        byte[] bytes = line.toByteArray();
        line.reset();
        if (overflowed) {
            overflowed = false;
            rejected.accept("code longer than " + MAX_LINE + " bytes dropped");
            return;
        }
        if (bytes.length == 0) {
            return;
        }
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text != null) {
            codes.accept(new ScannedCode(text, "UTF-8"));
            return;
        }
        text = decode(bytes, GB18030);
        if (text != null) {
            codes.accept(new ScannedCode(text, "GB18030"));
            return;
        }
        rejected.accept("code of " + bytes.length + " bytes is neither UTF-8 nor GB18030");
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
