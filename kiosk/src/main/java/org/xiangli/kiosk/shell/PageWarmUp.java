package org.xiangli.kiosk.shell;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.Screen;

/**
 * After the first frame, each page a villager opens from home is built, styled, laid out and rendered once off
 * screen, then dropped (issue 18). The first visit to a page in a fresh process otherwise paid its classes, CSS
 * and renderer code (60-120 ms where the target is 50). One page per turn of the UI thread, so a touch in between
 * waits for one page at most. Nothing is counted, spoken or printed: pages do those on show or on a tap.
 */
final class PageWarmUp {

    private static final System.Logger LOG = System.getLogger(PageWarmUp.class.getName());

    /** The side of each square of a page that is rendered at a time, in pixels. */
    private static final double RENDERED = 400;
    /** A masked name for the card holder's ticket page built ahead (never shown). */
    private static final String SAMPLE_HOLDER = "张*三";

    private final StackPane liveRoot;
    private final Messages messages;
    private final double width;
    private final double height;
    private final List<Supplier<Screen>> pages;

    PageWarmUp(StackPane liveRoot, Messages messages, double width, double height, List<Supplier<Screen>> pages) {
        this.liveRoot = liveRoot;
        this.messages = messages;
        this.width = width;
        this.height = height;
        this.pages = List.copyOf(pages);
    }

    /** The pages a villager reaches in one or two taps from home, for {@code screens} as they are now. */
    static List<Supplier<Screen>> villagerPages(Screens screens, ShellContext context) {
        List<Supplier<Screen>> pages = new ArrayList<>();
        pages.add(() -> screens.content().publicity());
        pages.add(() -> screens.content().search());
        // An article, and one with a picture: its picture is decoded at the size it shows (ArticleView), not the
        // megabytes of a whole infographic that would stay in the heap.
        context.content().featured().stream().filter(item -> !item.bodyMarkdown().contains("!["))
                .findFirst().ifPresent(item -> pages.add(() -> screens.content().articleUncounted(item)));
        context.content().featured().stream().filter(item -> item.bodyMarkdown().contains("!["))
                .findFirst().ifPresent(item -> pages.add(() -> screens.content().articleUncounted(item)));
        pages.add(() -> screens.queue().serviceGuide());
        context.serviceGuide().all().stream().findFirst().ifPresent(service -> {
            pages.add(() -> screens.queue().serviceDetail(service));
            pages.add(() -> screens.queue().ticketPreview(service,
                    java.time.ZonedDateTime.now(context.clock()), java.util.Optional.empty()));
            // A card holder's ticket adds 绿色通道 and the holder's masked name (the first card ticket was the
            // slowest touch left in the bench).
            pages.add(() -> screens.queue().ticketPreview(service,
                    java.time.ZonedDateTime.now(context.clock()), java.util.Optional.of(SAMPLE_HOLDER)));
        });
        pages.add(() -> screens.payments().identify());
        if (context.payments().isPresent()) {
            pages.add(() -> screens.payments().idNumberEntry());
        }
        if (context.station().isPresent()) {
            pages.add(() -> screens.errands().lookup());
            pages.add(() -> screens.requests().menu());
        }
        pages.add(screens::help);
        return pages;
    }

    /**
     * Starts on the UI thread; the future completes when every page was tried, with how many were rendered (a page
     * that fails here is only not warmed).
     */
    CompletableFuture<Integer> start() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        FxUi.later(() -> {
            try {
                warmImageDecoder();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "image decoder warm-up skipped: {0}", e.toString());
            }
        });
        Iterator<Supplier<Screen>> next = pages.iterator();
        FxUi.later(() -> step(next, 0, done));
        return done;
    }

    private void step(Iterator<Supplier<Screen>> next, int rendered, CompletableFuture<Integer> done) {
        if (!next.hasNext()) {
            done.complete(rendered);
            return;
        }
        int count = rendered;
        try {
            render(next.next().get());
            count++;
        } catch (RuntimeException e) {
            // A page that cannot be built here fails the same way when opened, and says so there.
            LOG.log(Level.DEBUG, "page warm-up skipped one page: {0}", e.toString());
        }
        // Queued behind whatever the UI thread has now: a touch meanwhile goes first.
        int soFar = count;
        FxUi.later(() -> step(next, soFar, done));
    }

    private static boolean fits(javafx.scene.image.WritableImage image, double wide, double high) {
        return image != null && image.getWidth() <= wide && image.getHeight() <= high
                && image.getWidth() == RENDERED && image.getHeight() == RENDERED;
    }

    /**
     * The image decoder's first use in a process loads its native library and classes (the first article with a
     * picture was one of the slowest touches): a one-pixel PNG is decoded and dropped.
     */
    static void warmImageDecoder() {
        byte[] pixel = PngEncoder.encode(new int[] {0xFFF7F5F0}, 1, 1);
        new javafx.scene.image.Image(new java.io.ByteArrayInputStream(pixel));
    }

    private void render(Screen screen) {
        // Framed as the shell frames it, and put in the live scene for this one turn of the UI thread (behind the
        // opaque frame, gone before any pulse can draw it): JavaFX caches the styles it matched per scene, so what
        // is styled here is found again when a tap shows the page. Styled in a scene of its own, as before, the
        // first show matched every style again (a third of the first touches' time in JFR).
        VBox page = PageFrame.of(screen, messages, true, () -> { });
        liveRoot.getChildren().addFirst(page);
        try {
            page.applyCss();
            page.resizeRelocate(0, 0, width, height);
            page.layout();
            // Rendered square by square, each through a small window of the page: every part of it (a ticket's
            // big number sits far from the top left) runs the renderer's code and fills the glyph caches (without
            // it the touch bench's p99 was 79 ms, with the top-left square only 53-68), but no full-screen image is
            // made: eleven 1920×1080 snapshots grew the heap for good (idle PSS 167 -> 400 MB under Serial GC).
            SnapshotParameters window = new SnapshotParameters();
            javafx.scene.image.WritableImage square = null;
            for (double y = 0; y < height; y += RENDERED) {
                for (double x = 0; x < width; x += RENDERED) {
                    window.setViewport(new Rectangle2D(x, y, Math.min(width - x, RENDERED),
                            Math.min(height - y, RENDERED)));
                    // One image for every full square (a snapshot draws into the image it is given if it fits).
                    square = page.snapshot(window, fits(square, width - x, height - y) ? square : null);
                }
            }
        } finally {
            liveRoot.getChildren().remove(page);
            screen.leave();
        }
    }
}
