package org.xiangli.provisioning.devices;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** How long a simulator runs: {@code --duration} seconds, or until the process is stopped (Ctrl-C) when 0. */
final class SimulationTime {

    private SimulationTime() {
    }

    static void runFor(int seconds) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        if (seconds <= 0) {
            never.await();
        } else {
            never.await(seconds, TimeUnit.SECONDS);
        }
    }
}
