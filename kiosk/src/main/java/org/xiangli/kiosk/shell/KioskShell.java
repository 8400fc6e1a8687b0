package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.ui.Theme;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.KioskSession;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.staff.HelpCall;
import org.xiangli.kiosk.content.screens.ContentImportPanel;
import org.xiangli.kiosk.content.sync.UsbImportProgress;

/**
 * The kiosk's frame: header, urgent banner, the current page, and the layers above it (bulletin board, technician
 * PIN pad). It owns navigation, the idle countdown and the session wipe, so no screen can forget them.
 */
public final class KioskShell implements Navigator {

    private static final System.Logger LOG = System.getLogger(KioskShell.class.getName());

    private final ShellContext context;
    private final KioskSession session = new KioskSession();
    private final IdleCountdown idle;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final VBox top = new VBox();
    private final Deque<Screen> stack = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper portrait = new ReadOnlyBooleanWrapper();
    private final Timeline ticker;
    private final DeviceEvents deviceEvents;
    private final CardHint cardHint = new CardHint(root);
    private final HelpCallPanel helpCall = new HelpCallPanel(root);
    /** The session about to end: 身份证已取走，N 秒后返回首页, or 继续使用？ before an idle return. */
    private final Banners banners;
    private final SessionEnding ending;
    private final TechnicianEntry technician;
    private Messages messages;
    private Screens screens;
    private Header header;
    private final BulletinBoardLayer attract;
    private boolean largeText;
    private ContentImportPanel importPanel;
    /** Demo mode's devices drawer; null off demo mode. */
    private DemoDevicesDrawer demoDevices;
    /** Told after each page is put in the scene (the scenario runner's touch → first frame timings). */
    private Runnable pageShown = () -> { };
    /** How long a session lasts once its card was taken off the reader. */
    public static final Duration CARD_GONE_GRACE = SessionEnding.CARD_GONE_GRACE;

    public KioskShell(ShellContext context) {
        this.context = context;
        this.idle = new IdleCountdown(context.config().timeouts().page(), context.config().timeouts().attractAfter());
        this.messages = new Messages(context.config().display().language());
        this.ending = new SessionEnding(root, context.speech()::speak);
        this.technician = new TechnicianEntry(root, context.technicianPin(), context.clock());
        this.attract = new BulletinBoardLayer(root, context.content(), context.config().timeouts().slide());
        root.getStyleClass().add("kiosk-root");
        root.setStyle("-fx-font-family: \"" + context.fontFamily() + "\";");
        root.getStylesheets().add(Theme.stylesheet());
        root.getChildren().add(frame);
        // If a page is ever taller than the screen, keep the header (and its 返回首页) in view.
        StackPane.setAlignment(frame, Pos.TOP_CENTER);
        frame.setTop(top);
        banners = new Banners(top, context.content(), context.clock(), item -> open(screens.content().article(item)));
        root.widthProperty().addListener((o, a, b) -> updateOrientation());
        root.heightProperty().addListener((o, a, b) -> updateOrientation());
        for (var type : new javafx.event.EventType<?>[] {MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED,
                KeyEvent.KEY_PRESSED, ScrollEvent.SCROLL_STARTED}) {
            root.addEventFilter(type, this::onUserInput);
        }
        setLargeText(context.config().display().largeText());
        rebuild();
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> advanceIdle(Duration.ofSeconds(1))));
        ticker.setCycleCount(Timeline.INDEFINITE);
        deviceEvents = new DeviceEvents(context.ui(), new DeviceEvents.Frame() {
            @Override
            public Screen current() {
                return KioskShell.this.current();
            }

            @Override
            public void cardArrived() {
                idle.touched();
                ending.cardBack();
                // A villager with a card is at the screen: the bulletin board gives way (the home page takes it).
                hideAttract();
                refreshHeader();
            }

            @Override
            public void cardNotTaken(IdentityCard card) {
                cardHint.show(messages, card, KioskShell.this::useCardAtHome);
            }

            @Override
            public void cardLeft() {
                ending.cardLeft();
                // Said at once, with the seconds counting: home does not come back without a word.
                refreshHeader();
            }

            @Override
            public void cardOnReader(Optional<IdentityCard> card) {
                showCardValidity(card);
            }

            @Override
            public void codeArrived() {
                idle.touched();
                refreshHeader();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Starts the one-second tick (clock and idle countdown). Tests drive {@link #advanceIdle} instead. */
    public void start() {
        ticker.play();
    }

    /**
     * Builds and renders each villager page once off screen ({@link PageWarmUp}); call after the first frame. The
     * future completes with how many were, once all were tried; a scenario waits for it, as a villager arrives after
     * the kiosk started.
     */
    public java.util.concurrent.CompletableFuture<Integer> warmUpPages() {
        var size = context.config().display();
        return new PageWarmUp(root, messages, size.width(), size.height(), PageWarmUp.villagerPages(screens, context))
                .start();
    }

    public void stop() {
        ticker.stop();
        attract.stop();
        context.speech().stop();
    }

    public Messages messages() {
        return messages;
    }

    public Screens screens() {
        return screens;
    }

    @Override
    public KioskSession session() {
        return session;
    }

    public ReadOnlyBooleanProperty portraitProperty() {
        return portrait.getReadOnlyProperty();
    }

    public Screen current() {
        return stack.peek();
    }

    public int depth() {
        return stack.size();
    }

    @Override
    public boolean portrait() {
        return portrait.get();
    }

    @Override
    public void open(Screen screen) {
        stack.push(screen);
        show();
        // Opened, not come back to: a card already on the reader is offered once, as the page begins.
        if (stack.size() > 1 && deviceEvents != null) {
            deviceEvents.pageOpened();
        }
    }

    @Override
    public void back() {
        if (stack.size() <= 1) {
            return;
        }
        stack.pop().leave();
        show();
    }

    /**
     * Leaves every page, wipes the session and shows home: the 返回首页 button, the idle countdown, the card taken
     * away. The next villager starts afresh: in the station's language and in normal text (or as configured), not
     * in the English or 大字 the last one chose.
     */
    @Override
    public void goHome() {
        hideAttract();
        setLargeText(context.config().display().largeText());
        java.util.Locale station = context.config().display().language();
        if (!messages.locale().equals(station)) {
            messages = new Messages(station);
            while (!stack.isEmpty()) {
                stack.pop().leave();
            }
            rebuild();
            return;
        }
        showHome();
    }

    /** Home, the session wiped, in the language shown now. */
    private void showHome() {
        ending.cardBack();
        while (!stack.isEmpty()) {
            stack.pop().leave();
        }
        context.speech().stop();
        session.wipe();
        stack.push(screens.home());
        show();
    }

    /** Where the devices' events go: to the page on screen, through the UI thread. */
    public DeviceEvents deviceEvents() {
        return deviceEvents;
    }

    /** The ID-card reader read a card: as {@link #deviceEvents()} hears it (tests call this on the UI thread). */
    public void onCardRead(IdentityCard card) {
        deviceEvents.cardRead(card);
    }

    /** The card left the reader: a session opened by that card ends {@link #CARD_GONE_GRACE} later. */
    public void onCardRemoved() {
        deviceEvents.cardRemoved();
    }

    /** From the card hint: home, then the chooser (取号 / 查缴费) for {@code card}. */
    private void useCardAtHome(IdentityCard card) {
        goHome();
        open(screens.cardChooser(card));
    }

    /** The card hint over the page, or null when none shows. */
    Node cardHint() {
        return cardHint.node();
    }

    /** The presence sensor saw someone approach: the bulletin board gives way to the home page, ready to touch. */
    public void onPresence() {
        idle.touched();
        hideAttract();
        refreshHeader();
    }

    /** The help button beside the screen: staff are called, whatever is on screen (it stays). */
    public void onHelpButton() {
        callStaff(HelpCall.Source.BUTTON);
    }

    /**
     * 呼叫工作人员: the call is recorded (kiosk, page, time) off the UI thread, and the villager sees and hears
     * "工作人员马上就来" with a countdown, over the page they were on.
     */
    public void callStaff(HelpCall.Source source) {
        idle.touched();
        hideAttract();
        String page = stack.isEmpty() || stack.size() == 1 ? messages.get("helpCall.homePage") : current().title();
        helpCall.show(messages);
        context.speech().speak(messages.get("helpCall.spoken"));
        try {
            context.helpCalls().execute(() -> {
                try {
                    context.helpDesk().call(page, source);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "the help call could not be recorded", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "the help call could not be recorded: the kiosk is closing", e);
        }
        refreshHeader();
    }

    /** The 工作人员马上就来 panel, or null when it does not show. */
    Node helpCallPanel() {
        return helpCall.node();
    }

    /** The scanner read a code: as {@link #deviceEvents()} hears it (tests call this on the UI thread). */
    public void onCodeScanned(String text) {
        deviceEvents.codeScanned(text);
    }

    public void advanceIdle(Duration elapsed) {
        for (long s = 0; s < elapsed.toSeconds(); s++) {
            cardHint.tick();
            helpCall.tick();
        }
        if (ending.graceOver(elapsed)) {
            goHome();
            return;
        }
        switch (idle.advance(elapsed)) {
            case RETURN_HOME -> goHome();
            case START_ATTRACT -> {
                // Nobody at the home page: the next villager starts in the station's language and normal text.
                if (!messages.locale().equals(context.config().display().language())
                        || largeText != context.config().display().largeText()) {
                    goHome();
                }
                if (stack.size() <= 1) {
                    showAttract();
                }
            }
            case NOTHING -> { }
        }
        refreshHeader();
    }

    public boolean isAttractShowing() {
        return attract.showing();
    }

    public boolean isLargeText() {
        return largeText;
    }

    public void setLargeText(boolean on) {
        largeText = on;
        if (on) {
            if (!root.getStyleClass().contains("large-text")) {
                root.getStyleClass().add("large-text");
            }
        } else {
            root.getStyleClass().remove("large-text");
        }
        if (header != null) {
            header.showLargeText(on);
        }
    }

    /** Switches between Chinese and English and starts again from the home page. */
    public void switchLanguage() {
        Locale next = messages.isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        messages = new Messages(next);
        while (!stack.isEmpty()) {
            stack.pop().leave();
        }
        session.wipe();
        rebuild();
    }

    /** The technician's PIN pad; the right PIN opens the technician menu. */
    public void showPinDialog() {
        technician.open(messages, () -> open(screens.technicianMenu()));
    }

    /** Demo mode only: the "演示设备" button in the header and the devices drawer {@code panel} it opens. */
    public void enableDemoDevices(java.util.function.BiFunction<Messages, Runnable, Node> panel) {
        demoDevices = new DemoDevicesDrawer(root, panel);
        demoDevices.attach(header, messages);
    }

    /** Opens the demo devices drawer (demo mode only; does nothing otherwise or when it is open). */
    public void showDemoDevices() {
        if (demoDevices != null) {
            demoDevices.open(messages);
        }
    }

    public void closeDemoDevices() {
        if (demoDevices != null) {
            demoDevices.close();
        }
    }

    Node demoDrawer() {
        return demoDevices == null ? null : demoDevices.drawer();
    }

    Button demoTab() {
        return demoDevices == null ? null : demoDevices.tab();
    }

    TechnicianPinDialog pinDialog() {
        return technician.dialog();
    }

    Header header() {
        return header;
    }

    AttractLoop attract() {
        return attract.board();
    }

    /** Closes whatever lies over the page (PIN pad, devices drawer, import panel, card hint, bulletin board). */
    void closeOverlays() {
        technician.close();
        closeDemoDevices();
        closeContentImport();
        cardHint.hide();
        helpCall.hide();
        hideAttract();
    }

    private void rebuild() {
        screens = new Screens(this, context, messages);
        header = new Header(messages, context.config().station().name(), this::onStationTap, this::goHome,
                () -> setLargeText(!largeText), () -> callStaff(HelpCall.Source.SCREEN));
        header.showLargeText(largeText);
        if (demoDevices != null) {
            demoDevices.attach(header, messages);
        }
        banners.use(messages, header.node());
        showHome();
    }

    /** An urgent notice sent by the county hub (fleet command {@code notice}), shown as a banner until its time. */
    public void showCountyNotice(String text, java.time.Instant until) {
        banners.countyNotice(text, until);
    }

    /** The urgent banners under the header: re-read when content changes (the content sync calls this). */
    public void refreshBanners() {
        banners.refresh();
    }

    /**
     * 请 张*三 来领取办好的材料: the masked names whose finished errands wait to be picked up, shown under the header
     * until staff hand them over (call on the UI thread).
     */
    public void showPickupCalls(java.util.List<String> maskedNames) {
        banners.pickupCalls(maskedNames);
    }

    /** Shows how a USB import goes, over whatever page is open; content that changed shows at once. */
    public void showContentImport(UsbImportProgress progress) {
        if (importPanel == null) {
            importPanel = new ContentImportPanel(messages, this::closeContentImport);
            root.getChildren().add(importPanel.node());
        }
        importPanel.show(progress);
        if (progress.phase() == UsbImportProgress.Phase.APPLIED) {
            refreshBanners();
        }
    }

    ContentImportPanel importPanel() {
        return importPanel;
    }

    private void closeContentImport() {
        if (importPanel != null) {
            root.getChildren().remove(importPanel.node());
            importPanel = null;
        }
    }

    private void show() {
        cardHint.hide();
        Screen screen = stack.peek();
        boolean home = stack.size() == 1;
        idle.pageShown(home, screen.idleTimeout());
        banners.pageShown(home);
        if (home) {
            frame.setCenter(screen.view());
        } else {
            frame.setCenter(PageFrame.of(screen, messages, stack.size() > 2, this::back));
        }
        refreshHeader();
        pageShown.run();
    }

    /** {@code listener} runs on the UI thread each time a page has been put in the scene, before its first frame. */
    public void onPageShown(Runnable listener) {
        pageShown = java.util.Objects.requireNonNull(listener, "listener");
    }

    private void refreshHeader() {
        ZonedDateTime now = ZonedDateTime.now(context.clock());
        banners.tick(now);
        header.update(now, stack.size() <= 1, idle.secondsLeft());
        updateEnding();
    }

    private void showAttract() {
        attract.show(() -> messages);
    }

    private void hideAttract() {
        attract.hide();
    }

    private void onUserInput(Event event) {
        idle.touched();
        if (attract.showing()) {
            // The touch that wakes the kiosk must not also press whatever lies under the bulletin board.
            hideAttract();
            event.consume();
        }
        refreshHeader();
    }

    private void onStationTap() {
        technician.stationTapped(messages, () -> open(screens.technicianMenu()));
    }

    private void updateEnding() {
        ending.update(stack.size() <= 1, attract.showing(), idle, messages, () -> {
            idle.touched();
            refreshHeader();
        });
    }

    /** 您的身份证已过期，请尽快到派出所换领 under the banners while an expired card is on the reader; said once. */
    private void showCardValidity(Optional<IdentityCard> card) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(context.clock().instant(),
                context.config().station().timeZone());
        String notice = card.filter(c -> c.isExpiredOn(today)).map(c -> messages.get("card.expired")).orElse(null);
        if (banners.cardNotice(notice) && notice != null) {
            context.speech().speak(notice);
        }
    }

    /** The expired-card notice, or null when none shows. */
    String cardNotice() {
        return banners.cardNotice();
    }

    /** The session-ending notice, or null when none shows. */
    Node endingNotice() {
        return ending.node();
    }

    private void updateOrientation() {
        portrait.set(root.getHeight() > root.getWidth());
    }
}
