package org.xiangli.hal.device;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Linux's {@code struct termios} as glibc lays it out on amd64 and arm64 (four flag words, the line
 * discipline, 32 control characters, two speeds: 60 bytes), and the serial settings every Xiangli device uses.
 */
final class Termios {

    /** Rounded up from 60: the C library may write a little past the fields it documents. */
    static final long SIZE = 64;

    private static final long C_IFLAG = 0;
    private static final long C_CFLAG = 8;
    private static final long C_CC = 17;
    private static final int VTIME = 5;
    private static final int VMIN = 6;

    private static final int IXON = 0x400;
    private static final int IXANY = 0x800;
    private static final int IXOFF = 0x1000;
    private static final int CSIZE = 0x30;
    private static final int CS8 = 0x30;
    private static final int CSTOPB = 0x40;
    private static final int CREAD = 0x80;
    private static final int PARENB = 0x100;
    private static final int CLOCAL = 0x800;
    private static final int CRTSCTS = 0x80000000;

    private Termios() {
    }

    /** Raw bytes, 8 data bits, no parity, one stop bit, no flow control, modem lines ignored, reads never wait. */
    static void makeRaw8N1(MemorySegment termios) {
        Posix.cfmakeraw(termios);
        int iflag = termios.get(ValueLayout.JAVA_INT, C_IFLAG);
        termios.set(ValueLayout.JAVA_INT, C_IFLAG, iflag & ~(IXON | IXOFF | IXANY));
        int cflag = termios.get(ValueLayout.JAVA_INT, C_CFLAG);
        cflag = (cflag & ~(CSIZE | CSTOPB | PARENB | CRTSCTS)) | CS8 | CREAD | CLOCAL;
        termios.set(ValueLayout.JAVA_INT, C_CFLAG, cflag);
        termios.set(ValueLayout.JAVA_BYTE, C_CC + VMIN, (byte) 0);
        termios.set(ValueLayout.JAVA_BYTE, C_CC + VTIME, (byte) 0);
    }

    /**
     * The {@code speed_t} code of a standard baud rate.
     *
     * @throws IllegalArgumentException for a rate the kernel has no code for
     */
    static int speedCode(int baud) {
        return switch (baud) {
            case 1200 -> 9;
            case 2400 -> 11;
            case 4800 -> 12;
            case 9600 -> 13;
            case 19200 -> 14;
            case 38400 -> 15;
            case 57600 -> 0x1001;
            case 115200 -> 0x1002;
            case 230400 -> 0x1003;
            case 460800 -> 0x1004;
            case 921600 -> 0x1007;
            default -> throw new IllegalArgumentException("not a standard baud rate: " + baud);
        };
    }
}
