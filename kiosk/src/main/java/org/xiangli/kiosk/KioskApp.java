package org.xiangli.kiosk;

import java.time.Clock;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.demo.DemoData;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.ShellContext;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.store.Database;

/**
 * Wires the kiosk together from a config and an open store: repositories, domain services, speech and the shell.
 * The one place that knows every part; tests build it the same way the kiosk does.
 */
public final class KioskApp implements AutoCloseable {

    private final KioskConfig config;
    private final Database db;
    private final Clock clock;
    private final ContentRepository contentRepository;
    private final ServiceGuideRepository serviceGuide;
    private final Speech speech;

    public KioskApp(KioskConfig config, Database db, Clock clock) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.contentRepository = new ContentRepository(db);
        this.serviceGuide = new ServiceGuideRepository(db);
        this.speech = new Speech(config.display().language());
    }

    public void loadDemoData() {
        new DemoData(contentRepository, serviceGuide).loadIfEmpty();
    }

    /** Builds the shell; call on the JavaFX thread. */
    public KioskShell createShell(String fontFamily, Runnable onTechnicianExit) {
        ShellContext context = new ShellContext(config, clock, new ContentLibrary(contentRepository, clock),
                serviceGuide, speech, fontFamily, onTechnicianExit);
        return new KioskShell(context);
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        speech.close();
        db.close();
    }
}
