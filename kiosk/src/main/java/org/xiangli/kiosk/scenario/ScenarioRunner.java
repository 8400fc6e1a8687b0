package org.xiangli.kiosk.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.devices.DemoDeviceControls;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.LayoutRule;
import org.xiangli.kiosk.ui.ScreenReader;
import org.xiangli.kiosk.work.Workers;

/**
 * Runs a {@link Scenario} against a running kiosk: taps go through the scene as touches do (the shell's idle
 * countdown sees them), cards, codes and printer states go to the simulators and reach the kiosk over their wire
 * protocols, and checks read what the screen shows. Between steps it lets the kiosk settle (background work done,
 * the UI thread idle), so a step sees what the one before it caused; {@code wait} is for what takes longer.
 *
 * <p>It stops at the first step that does not hold and reports its line, the step and the words on screen. Call
 * {@link #run} on a thread other than the UI thread: steps wait.
 */
public final class ScenarioRunner {

    /** How long a device has to report a card, a code or a printer state. */
    static final Duration DEVICE_TIME = Duration.ofSeconds(10);
    /** How long the printer has to cut the receipt a step asks about. */
    static final Duration RECEIPT_TIME = Duration.ofSeconds(5);
    /** The kiosk's background work (a ticket printing, a lookup) must end within this between two steps. */
    static final Duration SETTLE_TIME = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 100;

    /** What the runner drives: the running kiosk's parts, as its composition root made them. */
    public record Kiosk(FxUi ui, Scene scene, KioskShell shell, Optional<DemoDeviceControls> devices,
                        BannerSwitch banner, Workers workers, StaffActions staff) {
        public Kiosk {
            Objects.requireNonNull(ui, "ui");
            Objects.requireNonNull(scene, "scene");
            Objects.requireNonNull(shell, "shell");
            Objects.requireNonNull(devices, "devices");
            Objects.requireNonNull(banner, "banner");
            Objects.requireNonNull(workers, "workers");
            Objects.requireNonNull(staff, "staff");
        }

        /** Without staff actions (a kiosk with no errands or requests). */
        public Kiosk(FxUi ui, Scene scene, KioskShell shell, Optional<DemoDeviceControls> devices,
                     BannerSwitch banner, Workers workers) {
            this(ui, scene, shell, devices, banner, workers, StaffActions.NONE);
        }
    }

    /**
     * What staff do in the console, for {@code staff} steps: the same desks the console's pages call. Each throws
     * {@link IllegalStateException} with the reason when it cannot be done.
     */
    public interface StaffActions {
        void registerErrand(String idNumber, String name, String service);

        void moveLastErrand(String state, String note);

        void answerLastRequest(String answer);

        StaffActions NONE = new StaffActions() {
            @Override
            public void registerErrand(String idNumber, String name, String service) {
                throw new IllegalStateException("this kiosk has no errands (no data key)");
            }

            @Override
            public void moveLastErrand(String state, String note) {
                throw new IllegalStateException("this kiosk has no errands (no data key)");
            }

            @Override
            public void answerLastRequest(String answer) {
                throw new IllegalStateException("this kiosk has no requests (no data key)");
            }
        };
    }

    /** Shows an urgent notice under the header, or none (through the content store, as an import would). */
    @FunctionalInterface
    public interface BannerSwitch {
        void set(boolean on);
    }

    /** How a run ended: every step held, or the first that did not, why, and what the screen showed then. */
    public record Result(Scenario scenario, int held, Optional<Failure> failure) {
        public boolean passed() {
            return failure.isEmpty();
        }
    }

    /** @param page the title of the page on screen (empty on the home page) */
    public record Failure(Scenario.Line line, String why, String page, List<String> onScreen) {
        /** The report a technician reads: file and line, the step, why, and the words on screen. */
        public String describe(String scenarioName) {
            return scenarioName + ":" + line.number() + ": " + line.source() + "\n"
                    + "  failed: " + why.replace("\n", "\n    ") + "\n"
                    + "  page: " + (page.isEmpty() ? "(home)" : page) + "\n"
                    + "  on screen: " + String.join(" | ", onScreen);
        }
    }

    /** A step that did not hold, and why. */
    private static final class StepFailed extends Exception {
        StepFailed(String why) {
            super(why, null, false, false);
        }
    }

    private final Kiosk kiosk;
    private final PrintStream out;
    private final Optional<TapTimings> timings;
    /** The navigations measured in this run (touched on the UI thread, read after the run). */
    private final List<TapTimings.Navigation> navigations = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The tap whose page has not shown yet (UI thread only): its line and words and when the finger went down. */
    private PendingTap pending;
    private String scenarioName = "";
    private Scenario.Line currentLine;

    private record PendingTap(int line, String text, long touchedAt) {
    }
    /** The scene the kiosk shows in: the kiosk's own, or one of another size after a {@code size} step. */
    private Scene scene;

    /** @param out where each step is reported as it runs (stdout of {@code --scenario}) */
    public ScenarioRunner(Kiosk kiosk, PrintStream out) {
        this(kiosk, out, Optional.empty());
    }

    /**
     * @param timings where to write, for each tap that opens a page, the time from the touch to that page's first
     *                frame (empty: nothing is measured)
     */
    public ScenarioRunner(Kiosk kiosk, PrintStream out, Optional<TapTimings> timings) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
        this.out = Objects.requireNonNull(out, "out");
        this.timings = Objects.requireNonNull(timings, "timings");
        this.scene = kiosk.scene();
    }

    public Result run(Scenario scenario) {
        scenarioName = scenario.name();
        if (timings.isPresent()) {
            kiosk.ui().run(() -> kiosk.shell().onPageShown(this::pageShown));
        }
        try {
            return runSteps(scenario);
        } finally {
            if (timings.isPresent()) {
                kiosk.ui().run(() -> kiosk.shell().onPageShown(() -> { }));
                try {
                    timings.get().append(navigations);
                } catch (IOException e) {
                    out.println("cannot write the tap timings: " + e.getMessage());
                }
            }
        }
    }

    /** The navigations measured so far: tap → the opened page's first frame. */
    public List<TapTimings.Navigation> navigations() {
        return List.copyOf(navigations);
    }

    /**
     * A page is in the scene (UI thread). When a tap is waiting for it, its first frame is the next pulse: CSS,
     * layout and rendering of the scene, after whatever the UI thread has queued by now. Headless there is no
     * window and so no pulse: the scene is rendered by snapshot, which also reads the pixels back — a frame's
     * time plus a little.
     */
    private void pageShown() {
        PendingTap tap = pending;
        if (tap == null) {
            return;
        }
        pending = null;
        String page = kiosk.shell().current() == null || kiosk.shell().depth() <= 1 ? "(home)"
                : kiosk.shell().current().title();
        kiosk.ui().execute(() -> {
            Snapshots.render(scene);
            double millis = (System.nanoTime() - tap.touchedAt()) / 1e6;
            navigations.add(new TapTimings.Navigation(scenarioName, tap.line(), tap.text(), page, millis));
        });
    }

    private Result runSteps(Scenario scenario) {
        int held = 0;
        for (Scenario.Line line : scenario.lines()) {
            try {
                currentLine = line;
                perform(line.step());
                held++;
                out.println(String.format("%4d ok  %s", line.number(), line.source()));
            } catch (StepFailed | RuntimeException | TimeoutException e) {
                String why = e instanceof StepFailed ? e.getMessage() : e.toString();
                Failure failure = new Failure(line, why, pageTitle(), screenTexts());
                out.println(String.format("%4d FAILED  %s", line.number(), line.source()));
                return new Result(scenario, held, Optional.of(failure));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Failure failure = new Failure(line, "interrupted", pageTitle(), screenTexts());
                return new Result(scenario, held, Optional.of(failure));
            }
        }
        return new Result(scenario, held, Optional.empty());
    }

    private void perform(Step step) throws StepFailed, TimeoutException, InterruptedException {
        if (!(step instanceof Step.Sleep)) {
            settle();
        }
        switch (step) {
            case Step.Tap tap -> tap(tap.text());
            case Step.Wait wait -> await(wait.text(), wait.timeout());
            case Step.Expect expect -> {
                if (!showsText(expect.text())) {
                    throw new StepFailed("no words on screen contain '" + expect.text() + "'");
                }
            }
            case Step.ExpectNo expectNo -> {
                Optional<String> shown = kiosk.ui().call(() -> {
                    layout();
                    return ScreenReader.texts(root()).stream().filter(t -> t.contains(expectNo.text())).findFirst();
                });
                if (shown.isPresent()) {
                    throw new StepFailed("the screen shows '" + shown.get() + "'");
                }
            }
            case Step.Card card -> devices().layCard(cardFor(card), DEVICE_TIME);
            case Step.CardRemove remove -> devices().takeCard(DEVICE_TIME);
            case Step.Scan scan -> devices().scan(scan.text(), DEVICE_TIME);
            case Step.Printer printer -> devices().setPrinter(printer.setting(), DEVICE_TIME);
            case Step.ReceiptContains receipt -> receiptContains(receipt.text());
            case Step.Fits fits -> {
                List<String> problems = kiosk.ui().call(() -> {
                    layout();
                    return LayoutRule.problems(root());
                });
                if (!problems.isEmpty()) {
                    throw new StepFailed("the page breaks the layout rule:\n" + String.join("\n", problems));
                }
            }
            case Step.Banner banner -> {
                kiosk.banner().set(banner.on());
                kiosk.ui().run(kiosk.shell()::refreshBanners);
            }
            case Step.Screenshot shot -> screenshot(shot.file());
            case Step.Sleep sleep -> Thread.sleep(sleep.duration().toMillis());
            case Step.Home home -> kiosk.ui().run(kiosk.shell()::goHome);
            case Step.Size size -> kiosk.ui().run(() -> resize(size.width(), size.height()));
            case Step.LargeText large -> kiosk.ui().run(() -> kiosk.shell().setLargeText(large.on()));
            case Step.Lang lang -> kiosk.ui().run(() -> {
                if (kiosk.shell().messages().isChinese() == lang.english()) {
                    kiosk.shell().switchLanguage();
                }
            });
            case Step.Idle idle -> kiosk.ui().run(() -> kiosk.shell().advanceIdle(idle.duration()));
            case Step.ScanReceipt scanReceipt -> {
                DemoDeviceControls devices = devices();
                // The printer may still be cutting the receipt the step before asked for.
                long deadline = System.nanoTime() + RECEIPT_TIME.toNanos();
                Optional<String> code = devices.lastReceiptQr();
                while (code.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(POLL_MILLIS);
                    code = devices.lastReceiptQr();
                }
                devices.scan(code.orElseThrow(() -> new StepFailed(
                        "the last receipt has no QR code the scanner can read")), DEVICE_TIME);
            }
            case Step.Staff staff -> staff(staff);
        }
        settle();
        if (step instanceof Step.Tap) {
            // What the tap caused has happened (background work included): a tap that opened no page is not timed.
            kiosk.ui().run(() -> pending = null);
        }
    }

    /**
     * The card of a demo person (DemoIdentities: 张小梅's expired in 2020) when the number is one of theirs, with the
     * name as written; otherwise a plausible card for the number and name.
     */
    private static org.xiangli.hal.card.IdentityCard cardFor(Step.Card card) {
        return DemoIdentities.ALL.stream().filter(c -> c.idNumber().equals(card.number())).findFirst()
                .map(c -> new org.xiangli.hal.card.IdentityCard(card.name(), c.sex(), c.nation(), c.birthDate(),
                        c.address(), c.idNumber(), c.issuer(), c.validFrom(), c.validUntil()))
                .orElseGet(() -> DemoIdentities.plausible(card.number(), card.name()));
    }

    private void staff(Step.Staff step) throws StepFailed {
        try {
            switch (step.action()) {
                case "errand" -> kiosk.staff().registerErrand(step.words().get(0), step.words().get(1),
                        step.words().get(2));
                case "errand-state" -> kiosk.staff().moveLastErrand(step.words().get(0),
                        step.words().size() > 1 ? step.words().get(1) : "");
                case "answer" -> kiosk.staff().answerLastRequest(step.words().getFirst());
                default -> throw new StepFailed("unknown staff action " + step.action());
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new StepFailed("staff could not " + step.action() + ": " + e.getMessage());
        }
    }

    private DemoDeviceControls devices() throws StepFailed {
        return kiosk.devices().orElseThrow(() -> new StepFailed(
                "this kiosk has no simulated devices (they could not start: see the log)"));
    }

    /** Background work done and the UI thread through what was handed to it, until neither has more. */
    private void settle() throws TimeoutException, InterruptedException {
        do {
            kiosk.workers().awaitIdle(SETTLE_TIME);
            kiosk.ui().run(this::layout);
        } while (!kiosk.workers().idle());
    }

    private void tap(String text) throws StepFailed {
        String problem = kiosk.ui().call(() -> {
            layout();
            List<Node> matching = ScreenReader.textNodes(root()).stream()
                    .filter(n -> ScreenReader.textOf(n).orElseThrow().contains(text)).toList();
            if (matching.isEmpty()) {
                return "no words on screen contain '" + text + "'";
            }
            Set<Node> targets = new LinkedHashSet<>();
            // An exact match first ("取号" the button, not "排队取号" the title), then the first in reading order.
            Predicate<Node> exact = n -> ScreenReader.textOf(n).orElseThrow().strip().equals(text);
            matching.stream().filter(exact).forEach(n -> ScreenReader.tapTarget(n).ifPresent(targets::add));
            matching.forEach(n -> ScreenReader.tapTarget(n).ifPresent(targets::add));
            List<String> refused = new ArrayList<>();
            for (Node target : targets) {
                if (target.isDisabled()) {
                    refused.add("'" + describe(target) + "' is disabled");
                    continue;
                }
                Bounds shown = ScreenReader.shownBounds(target).orElseThrow();
                Point2D centre = new Point2D(shown.getCenterX(), shown.getCenterY());
                Optional<Node> touched = ScreenReader.pick(root(), centre);
                if (touched.isEmpty() || !isWithin(touched.get(), target)) {
                    refused.add("'" + describe(target) + "' is covered by "
                            + touched.map(ScenarioRunner::describe).orElse("nothing that takes touches"));
                    continue;
                }
                if (timings.isPresent()) {
                    pending = new PendingTap(currentLine.number(), text, System.nanoTime());
                }
                touch(target, centre);
                return null;
            }
            return refused.isEmpty() ? "the words '" + text + "' show, but touching them does nothing"
                    : String.join("; ", refused);
        });
        if (problem != null) {
            throw new StepFailed(problem);
        }
    }

    /** A finger down and up at {@code at}: pressed, released, clicked, as the scene delivers a touch. */
    private static void touch(Node target, Point2D at) {
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            boolean down = type == MouseEvent.MOUSE_PRESSED;
            Event.fireEvent(target, new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(),
                    MouseButton.PRIMARY, 1, false, false, false, false, down, false, false, false, false,
                    true, null));
        }
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        Optional<String> own = ScreenReader.textOf(node);
        if (own.isPresent()) {
            return own.get();
        }
        if (node instanceof Parent parent) {
            List<String> texts = ScreenReader.texts(parent);
            if (!texts.isEmpty()) {
                return String.join(" ", texts);
            }
        }
        return node.getClass().getSimpleName() + node.getStyleClass();
    }

    private void await(String text, Duration timeout) throws StepFailed, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!showsText(text)) {
            if (System.nanoTime() > deadline) {
                throw new StepFailed("no words on screen contained '" + text + "' within "
                        + ScenarioParser.seconds(timeout) + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private boolean showsText(String text) {
        return kiosk.ui().call(() -> {
            layout();
            return ScreenReader.texts(root()).stream().anyMatch(t -> t.contains(text));
        });
    }

    /**
     * Whether the last receipt says {@code text}; a line the printer wrapped at the paper's edge counts as one, so
     * a long sentence is found across the break. Waits a little: the printer cuts after the kiosk has moved on.
     */
    private void receiptContains(String text) throws StepFailed, InterruptedException {
        DemoDeviceControls devices = devices();
        long deadline = System.nanoTime() + RECEIPT_TIME.toNanos();
        while (true) {
            Optional<String> last = devices.lastReceiptText();
            if (last.isPresent() && (last.get().contains(text) || last.get().replace("\n", "").contains(text))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new StepFailed(last.map(t -> "the last receipt does not say '" + text + "'; it says:\n"
                        + t.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " / " + b)
                        .orElse("(nothing)"))
                        .orElse("the printer has printed no receipt"));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void screenshot(Path file) throws StepFailed {
        try {
            Snapshots.writePng(kiosk.ui().call(() -> Snapshots.render(scene)), file);
        } catch (IOException e) {
            throw new StepFailed("cannot write " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private Parent root() {
        return scene.getRoot();
    }

    /**
     * The kiosk's screen becomes {@code width}×{@code height}: its root moves into a scene of that size (a headless
     * scene has no window to resize), and the home page shows, so the next pages are built for the new shape.
     */
    private void resize(int width, int height) {
        Parent shellRoot = scene.getRoot();
        scene.setRoot(new javafx.scene.Group());
        scene = new Scene(shellRoot, width, height);
        kiosk.shell().goHome();
        layout();
    }

    /** CSS and layout as the next frame would have them, so what is read is what would show (UI thread). */
    private void layout() {
        root().applyCss();
        root().layout();
    }

    private String pageTitle() {
        return kiosk.ui().call(() -> kiosk.shell().current() == null ? "" : kiosk.shell().current().title());
    }

    private List<String> screenTexts() {
        return kiosk.ui().call(() -> {
            layout();
            return ScreenReader.texts(root()).stream().map(t -> t.replace('\n', ' ')).toList();
        });
    }
}
