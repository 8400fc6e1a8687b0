package org.xiangli.hal.device;

import java.io.IOException;

/** Opens a fresh {@link Link} to a device; drivers call it again after the device was unplugged. */
@FunctionalInterface
public interface LinkOpener {

    Link open() throws IOException;
}
