package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/** The JVM that {@link ApplyKilledMidwayTest} kills: imports one bundle into a database. Args: DB BUNDLE PUBKEY. */
public final class ApplyBundleChild {

    private ApplyBundleChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            BundleImporter importer = new BundleImporter(new ContentRepository(db), new KioskEventRepository(db),
                    new TrustedKeys(List.of(PublisherKey.parse(args[2]))), "DEMO-001", BundleLimits.DEFAULT,
                    Clock.systemUTC());
            System.out.println("applying");
            System.out.flush();
            importer.importFile(Path.of(args[1]));
            System.out.println("applied");
            System.out.flush();
        }
    }
}
