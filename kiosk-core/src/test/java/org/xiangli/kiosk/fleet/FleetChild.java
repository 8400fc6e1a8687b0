package org.xiangli.kiosk.fleet;

import java.util.Optional;

/**
 * A kiosk process for {@link LastWillTest}: runs a fleet client against the broker it is given and prints
 * "connected" once it is, then waits to be killed.
 */
public final class FleetChild {

    private FleetChild() {
    }

    public static void main(String[] args) throws Exception {
        FleetTestKit kit = new FleetTestKit();
        FleetClient client = kit.client(args[0], args[1], new FakeFacts(), FleetActions.none(), new MemoryOutbox(10),
                Optional.empty()).start();
        while (!client.connected()) {
            Thread.sleep(20);
        }
        System.out.println("connected");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
