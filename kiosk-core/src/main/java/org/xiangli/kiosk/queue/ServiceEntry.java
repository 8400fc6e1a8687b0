package org.xiangli.kiosk.queue;

/** A service as the admin page edits it: the guide entry and whether the kiosk still offers it. */
public record ServiceEntry(ServiceItem item, boolean disabled) {
}
