package org.xiangli.county.store;

import java.time.Instant;
import org.xiangli.kiosk.fleet.CommandReply;
import org.xiangli.kiosk.fleet.FleetEvent;
import org.xiangli.kiosk.fleet.StateReport;
import org.xiangli.kiosk.fleet.Telemetry;

/** One message from a kiosk, read and checked by the ingest, with the time the hub received it. */
public sealed interface Report {

    String station();

    Instant receivedAt();

    record State(String station, Instant receivedAt, StateReport state, String json) implements Report {
    }

    record TelemetryReport(String station, Instant receivedAt, Telemetry telemetry, String json) implements Report {
    }

    record Event(String station, Instant receivedAt, FleetEvent event) implements Report {
    }

    /** A reply; {@code png} holds a screenshot's bytes when it carried one. */
    record Reply(String station, Instant receivedAt, CommandReply reply, byte[] png) implements Report {
    }
}
