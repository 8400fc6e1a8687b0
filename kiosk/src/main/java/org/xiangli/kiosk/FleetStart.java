package org.xiangli.kiosk;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.sync.ContentStatusReader;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.fleet.KioskFleet;
import org.xiangli.kiosk.fleet.KioskFleetFacts;
import org.xiangli.kiosk.fleet.Telemetry;
import org.xiangli.kiosk.staff.HelpCallRepository;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * The link to the county hub of a built kiosk ({@link KioskApp#startFleet}, issue 16): state, telemetry and events
 * go out in the background, signed commands come in and run the kiosk's actions. It starts after the first frame.
 */
final class FleetStart {

    private static final System.Logger LOG = System.getLogger(FleetStart.class.getName());

    private FleetStart() {
    }

    /**
     * The started link when {@code [fleet]} is configured; empty without it, or when its credential or the county key
     * file is missing (logged: the kiosk runs on without it). {@code configFile} is where config-set writes.
     */
    static Optional<FleetClient> start(KioskApp app, FleetActions actions, Optional<Path> configFile) {
        KioskConfig config = app.config();
        return config.fleet().flatMap(f -> {
            KioskEventRepository events = new KioskEventRepository(app.database());
            KioskFleetFacts facts = new KioskFleetFacts(version(), app.queue(), app.devices()::statuses,
                    new ContentStatusReader(app.contentRepository(), events), events,
                    new HelpCallRepository(app.database()), config.dataDir(), () -> stationFigures(app));
            try {
                return Optional.of(KioskFleet.open(config, f, facts, actions, configFile,
                        app.workers().inOrder("fleet"), app.workers().timer("fleet-timer"), app.clock()).start());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(Level.ERROR, "the county fleet link cannot start; the kiosk runs without it: {0}",
                        e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Today's errands and requests for the county's telemetry: counts only. */
    private static Optional<Telemetry.StationFigures> stationFigures(KioskApp app) {
        return app.errands().flatMap(e -> app.requests().map(r -> {
            LocalDate today = e.today();
            var errandFigures = e.statistics(today, today);
            var requestFigures = r.statistics(today, today);
            return new Telemetry.StationFigures(errandFigures.registered(),
                    errandFigures.done(), errandFigures.overdue(), requestFigures.total(), requestFigures.answered());
        }));
    }

    private static String version() {
        return Optional.ofNullable(KioskApp.class.getPackage().getImplementationVersion()).orElse("dev");
    }
}
