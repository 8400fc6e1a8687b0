package org.xiangli.hal.printer;

/** ESC/POS command bytes the encoder writes and the virtual printer reads, named once. */
public final class EscPos {

    public static final int ESC = 0x1B;
    public static final int GS = 0x1D;
    public static final int FS = 0x1C;
    public static final int DLE = 0x10;
    public static final int EOT = 0x04;
    public static final int LF = 0x0A;

    /** {@code DLE EOT n} arguments. */
    public static final int STATUS_PRINTER = 1;
    public static final int STATUS_OFFLINE_CAUSE = 2;
    public static final int STATUS_PAPER = 4;

    private EscPos() {
    }

    public static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }
}
