package org.xiangli.kiosk.content;

/** A bundle whose sequence is not newer than the one applied: a rollback or a replay, refused. */
public final class StaleBundleException extends RuntimeException {

    private final long offered;
    private final long applied;

    public StaleBundleException(String publisher, long offered, long applied) {
        super("bundle sequence " + offered + " is not newer than sequence " + applied
                + " already applied from publisher " + publisher + " (rollback or replay refused)");
        this.offered = offered;
        this.applied = applied;
    }

    public long offered() {
        return offered;
    }

    public long applied() {
        return applied;
    }
}
