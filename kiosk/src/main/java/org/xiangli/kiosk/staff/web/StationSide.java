package org.xiangli.kiosk.staff.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.kiosk.queue.TicketCodes;
import org.xiangli.kiosk.staff.HelpDesk;

/**
 * What the console shows of the station beyond the queue: calls for staff to ring and answer, the devices' states
 * (the printer's paper and cover), the tickets' phone links, and in demo mode the demo accounts' password for the
 * login page.
 *
 * @param devices      each device's status now, by role ({@code printer}, {@code card reader}, {@code scanner})
 * @param demoPassword the demo accounts' password, shown on the login page; empty outside {@code --demo}
 */
public record StationSide(HelpDesk helpDesk, TicketCodes tickets, Supplier<Map<String, DeviceStatus>> devices,
                          Optional<String> demoPassword) {
}
