package org.xiangli.hal.card;

/** Sex codes of GB/T 2261.1 as stored on the card. */
public enum Sex {
    UNKNOWN('0', "未知"),
    MALE('1', "男"),
    FEMALE('2', "女"),
    UNSPECIFIED('9', "未说明");

    private final char code;
    private final String chinese;

    Sex(char code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public char code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** The sex with this code; codes outside the standard read as {@link #UNKNOWN}. */
    public static Sex of(char code) {
        for (Sex sex : values()) {
            if (sex.code == code) {
                return sex;
            }
        }
        return UNKNOWN;
    }
}
