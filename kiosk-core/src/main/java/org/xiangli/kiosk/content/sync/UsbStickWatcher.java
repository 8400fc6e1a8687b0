package org.xiangli.kiosk.content.sync;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleImporter;

/**
 * Notices a USB stick newly mounted under the mount root ({@code /media/STICK} or, as desktop automounters do,
 * {@code /media/USER/STICK}) and imports the bundles ({@code *.xlb}) on it, at its top or in a {@code xiangli}
 * folder, in name order. A stick already mounted when the kiosk starts is imported once at start
 * ({@link #importMounted()}) without a word on screen unless a bundle on it is newer or refused: a stick left in
 * the kiosk offers the same bundles at every start, and their sequence is applied already. A bundle already applied
 * shows as up to date, never as a refusal. Call {@link #scan()} periodically from one background thread.
 */
public final class UsbStickWatcher {

    private static final System.Logger LOG = System.getLogger(UsbStickWatcher.class.getName());

    private final Path mountRoot;
    private final BundleImporter importer;
    private final Consumer<UsbImportProgress> progress;
    private Set<Path> known;

    public UsbStickWatcher(Path mountRoot, BundleImporter importer, Consumer<UsbImportProgress> progress) {
        this.mountRoot = mountRoot;
        this.importer = importer;
        this.progress = progress;
    }

    /** Takes note of what is mounted now without importing it. */
    public void baseline() {
        known = mounted();
    }

    /**
     * At start: takes note of what is mounted and imports the bundles on it that are newer than those applied.
     * Returns how many bundles were applied.
     */
    public int importMounted() {
        known = mounted();
        int applied = 0;
        for (Path stick : known.stream().sorted().toList()) {
            applied += importQuietly(stick);
        }
        return applied;
    }

    /** Imports the bundles of every stick mounted since the last scan; returns how many bundles were applied. */
    public int scan() {
        if (known == null) {
            baseline();
            return 0;
        }
        Set<Path> now = mounted();
        int applied = 0;
        for (Path stick : now) {
            if (!known.contains(stick)) {
                applied += importFrom(stick);
            }
        }
        known = now;
        return applied;
    }

    private int importFrom(Path stick) {
        List<Path> bundles = bundlesOn(stick);
        if (bundles.isEmpty()) {
            return 0;
        }
        LOG.log(Level.INFO, "USB stick {0}: {1} bundle(s)", stick, bundles.size());
        int applied = 0;
        for (int i = 0; i < bundles.size(); i++) {
            String name = bundles.get(i).getFileName().toString();
            progress.accept(new UsbImportProgress(UsbImportProgress.Phase.IMPORTING, name, i + 1, bundles.size(), ""));
            try {
                if (importer.importIfNewer(bundles.get(i)).isPresent()) {
                    applied++;
                    progress.accept(new UsbImportProgress(UsbImportProgress.Phase.APPLIED, name, i + 1, bundles.size(),
                            ""));
                } else {
                    progress.accept(new UsbImportProgress(UsbImportProgress.Phase.UP_TO_DATE, name, i + 1,
                            bundles.size(), ""));
                }
            } catch (BundleException e) {
                progress.accept(new UsbImportProgress(UsbImportProgress.Phase.REJECTED, name, i + 1, bundles.size(),
                        e.getMessage()));
            }
        }
        progress.accept(new UsbImportProgress(UsbImportProgress.Phase.DONE, "", bundles.size(), bundles.size(), ""));
        return applied;
    }

    /** Like importFrom, but the screen hears only of bundles applied or refused. */
    private int importQuietly(Path stick) {
        List<Path> bundles = bundlesOn(stick);
        int applied = 0;
        boolean told = false;
        for (int i = 0; i < bundles.size(); i++) {
            String name = bundles.get(i).getFileName().toString();
            try {
                if (importer.importIfNewer(bundles.get(i)).isPresent()) {
                    applied++;
                    told = true;
                    progress.accept(new UsbImportProgress(UsbImportProgress.Phase.APPLIED, name, i + 1, bundles.size(),
                            ""));
                }
            } catch (BundleException e) {
                told = true;
                progress.accept(new UsbImportProgress(UsbImportProgress.Phase.REJECTED, name, i + 1, bundles.size(),
                        e.getMessage()));
            }
        }
        if (told) {
            progress.accept(new UsbImportProgress(UsbImportProgress.Phase.DONE, "", bundles.size(), bundles.size(), ""));
        }
        LOG.log(Level.INFO, "USB stick {0} mounted at start: {1} bundle(s), {2} applied", stick, bundles.size(), applied);
        return applied;
    }

    private Set<Path> mounted() {
        Set<Path> out = new HashSet<>();
        for (Path level1 : children(mountRoot)) {
            out.add(level1);
            // /media/USER/STICK: a folder without bundles of its own may hold the user's mounts.
            if (bundlesOn(level1).isEmpty()) {
                out.addAll(children(level1));
            }
        }
        return out;
    }

    private static List<Path> bundlesOn(Path stick) {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(stick, stick.resolve("xiangli"))) {
            for (Path p : entries(dir)) {
                if (p.getFileName().toString().endsWith(".xlb") && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static List<Path> children(Path dir) {
        return entries(dir).stream().filter(Files::isDirectory).toList();
    }

    private static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        } catch (IOException e) {
            // A stick pulled out mid-scan: nothing to import from it, say so and go on.
            LOG.log(Level.WARNING, "cannot list {0}: {1}", dir, e.getMessage());
            return List.of();
        }
    }
}
