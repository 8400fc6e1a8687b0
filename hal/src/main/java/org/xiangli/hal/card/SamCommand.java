package org.xiangli.hal.card;

/** Requests a resident ID-card reader's SAM module understands (command and parameter bytes). */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_AND_PHOTO(0x30, 0x01),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10);

    private final int command;
    private final int parameter;

    SamCommand(int command, int parameter) {
        this.command = command;
        this.parameter = parameter;
    }

    public int command() {
        return command;
    }

    public int parameter() {
        return parameter;
    }

    /** The request with these two bytes, or null when the reader does not know it. */
    public static SamCommand of(int command, int parameter) {
        for (SamCommand candidate : values()) {
            if (candidate.command == command && candidate.parameter == parameter) {
                return candidate;
            }
        }
        return null;
    }
}
