package org.xiangli.kiosk.queue;

import java.util.List;

/**
 * An admin's change that breaks a rule; nothing was saved. {@code key} names the bundle message (with
 * {@code args}) that the page shows in the staff's language; {@link #getMessage()} is English for the log.
 */
public final class InvalidInput extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public InvalidInput(String key, String english, Object... args) {
        super(english);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
