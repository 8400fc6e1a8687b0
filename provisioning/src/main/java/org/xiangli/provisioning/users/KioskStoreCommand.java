package org.xiangli.provisioning.users;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.StoreException;
import org.xiangli.provisioning.store.KioskStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A kioskctl command that works on the kiosk's store (accounts, services, windows): finds the database as the kiosk
 * does, opens it as kioskctl must (the file stays the kiosk user's), and turns a config or store failure into a line
 * in words and exit code 2.
 */
public abstract class KioskStoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        Path file;
        try {
            file = store.databaseFile();
        } catch (ConfigException e) {
            err().println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err().println("cannot read the config: " + e.getMessage());
            return 2;
        }
        try (Database db = KioskStore.open(file, err())) {
            return run(db);
        } catch (StoreException e) {
            err().println("cannot use the kiosk database " + file + ": " + e.getMessage());
            return 2;
        }
    }

    /** The command's work on the open store; its exit code. */
    protected abstract int run(Database db);

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
