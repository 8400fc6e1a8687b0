package org.xiangli.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.xiangli.hal.audio.ArecordMicrophone;
import org.xiangli.hal.audio.Microphone;
import org.xiangli.hal.audio.SimulatedMicrophone;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.devices.DeviceSet;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.errands.ErrandReceiptPrinter;
import org.xiangli.kiosk.errands.ErrandRepository;
import org.xiangli.kiosk.errands.ErrandView;
import org.xiangli.kiosk.errands.ErrandsContext;
import org.xiangli.kiosk.errands.IdentitySeal;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.FactorLockout;
import org.xiangli.kiosk.payments.PaymentsModule;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.requests.RequestRepository;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.satisfaction.SatisfactionContext;
import org.xiangli.kiosk.satisfaction.StationSatisfaction;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.station.PrivacyPurge;
import org.xiangli.kiosk.station.StationServices;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.work.Workers;

/**
 * The station services' desks of a kiosk (代办, 诉求·意见, the published satisfaction), their microphone and the
 * thread their store work runs on. They seal ID numbers with the payments data key, so without one there are none,
 * as there is no payments lookup; the kiosk's pages then say 暂不可用.
 */
final class StationDesks {

    /** When the first privacy purge runs after a start (then daily). */
    private static final Duration PURGE_AFTER_START = Duration.ofSeconds(30);

    private final KioskConfig config;
    private final Clock clock;
    private final Optional<ErrandDesk> errands;
    private final Optional<RequestDesk> requests;
    private final Optional<StationSatisfaction> satisfaction;
    /** The USB microphone (arecord) on a device, the simulated one with simulated devices. */
    private final Microphone microphone;
    /** Store work of the station-service pages and the pickup call, off the UI thread. */
    private final Executor work;

    StationDesks(KioskConfig config, Database db, Clock clock, Optional<PaymentsModule> payments, QueueService queue,
                 DeviceSet devices, Workers workers) {
        this.config = config;
        this.clock = clock;
        KioskConfig.Payments p = config.payments();
        this.errands = payments.map(m -> new ErrandDesk(new ErrandRepository(db), identitySeal(m),
                new FactorLockout(p.factorAttempts(), p.lockout()), config.station().code(),
                config.station().timeZone(), clock));
        this.requests = payments.map(m -> new RequestDesk(new RequestRepository(db), identitySeal(m),
                config.dataDir().resolve("requests"), config.station().code(), config.station().timeZone(), clock));
        this.satisfaction = errands.flatMap(e -> requests.map(r -> new StationSatisfaction(queue, e, r)));
        this.microphone = devices.simulators().isPresent()
                ? new SimulatedMicrophone(clock)
                : new ArecordMicrophone("arecord");
        this.work = workers.inOrder("station-services");
        errands.ifPresent(e -> requests.ifPresent(r -> {
            PrivacyPurge purge = new PrivacyPurge(e, r, p.retention());
            // Half a minute after the start, then daily: off the first frame's path (its deletes commit with a
            // full sync), and still at every start of a kiosk that power cuts restart more often than daily.
            workers.timer("privacy-purge").scheduleAtFixedRate(purge, PURGE_AFTER_START.toSeconds(),
                    TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
        }));
    }

    private static IdentitySeal identitySeal(PaymentsModule payments) {
        return new IdentitySeal(payments.hash(), payments.sealer());
    }

    Optional<ErrandDesk> errands() {
        return errands;
    }

    Optional<RequestDesk> requests() {
        return requests;
    }

    Optional<StationSatisfaction> satisfaction() {
        return satisfaction;
    }

    Microphone microphone() {
        return microphone;
    }

    /** What the villager's pages of the station services need; empty without the desks. */
    Optional<StationServices> pages(FxUi ui, Speech speech, StatementPrinter printer) {
        Duration idle = config.payments().idle();
        return errands.flatMap(e -> requests.flatMap(r -> satisfaction.map(s -> new StationServices(
                new ErrandsContext(e, work, ui, idle, speech),
                new RequestsContext(r, printer, work, ui, microphone, idle, config.station().name(), clock,
                        config.station().timeZone(), speech),
                new SatisfactionContext(s, work, ui)))));
    }

    /**
     * The pickup call (the masked names of finished errands), told to {@code shown} off the UI thread at once and
     * after every change of the errands. Nothing without errands.
     */
    void watchPickupCalls(Consumer<List<String>> shown) {
        errands.ifPresent(desk -> {
            Runnable refresh = () -> work.execute(() -> shown.accept(desk.pickupCalls()));
            desk.addListener(refresh);
            refresh.run();
        });
    }

    /** Prints an errand's receipt, as the console does at registration. */
    CompletableFuture<PrintResult> printErrandReceipt(ErrandView view, StatementPrinter printer) {
        return new ErrandReceiptPrinter(errands.orElseThrow(), printer, new Messages(config.display().language()),
                config.station().name(), clock).print(view);
    }
}
