package org.xiangli.kiosk.queue;

import java.util.List;

/**
 * A service window as the admin page shows it.
 *
 * @param name     what staff call it; empty = "N 号窗口"
 * @param services the letters of the services it serves (from the service guide)
 */
public record ServiceWindow(int number, String name, boolean disabled, List<Character> services) {

    public ServiceWindow {
        services = List.copyOf(services);
    }
}
