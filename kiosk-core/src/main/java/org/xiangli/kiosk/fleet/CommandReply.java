package org.xiangli.kiosk.fleet;

import java.util.Map;

/**
 * The kiosk's answer on {@code .../reply}: {@code ok} with a result, or refused/failed with a {@link Refusal}
 * code and a message for the technician. {@code id} is the command's, when it could be read.
 */
public record CommandReply(int v, String id, String station, String at, boolean ok, String reason, String message,
                           Map<String, Object> result) implements FleetJson.Versioned {
}
