package org.xiangli.hal.device;

import java.io.IOException;
import java.time.Duration;

/**
 * An in-process link: two connected ends, for running a driver against a simulator without ports (demo mode
 * where socat is missing, and unit tests). Closing either end closes both, as pulling a cable would.
 */
public final class PipeLink implements Link {

    private final String name;
    private final BytePipe incoming;
    private final BytePipe outgoing;

    private PipeLink(String name, BytePipe incoming, BytePipe outgoing) {
        this.name = name;
        this.incoming = incoming;
        this.outgoing = outgoing;
    }

    /** Two connected ends; what one writes the other reads. */
    public static PipeLink[] pair(String name) {
        BytePipe aToB = new BytePipe(name + " (a→b)");
        BytePipe bToA = new BytePipe(name + " (b→a)");
        return new PipeLink[] {new PipeLink(name + "#a", bToA, aToB), new PipeLink(name + "#b", aToB, bToA)};
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        outgoing.write(bytes, 0, bytes.length);
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        return incoming.read(buffer, offset, length, timeout);
    }

    @Override
    public void discardInput() {
        incoming.discard();
    }

    @Override
    public void close() {
        incoming.close();
        outgoing.close();
    }
}
