package org.xiangli.kiosk;

import java.util.Locale;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.errands.ErrandState;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.scenario.ScenarioRunner;

/**
 * A scenario's {@code staff} steps, done through the desks the staff console calls (registering prints the receipt
 * on the kiosk's printer, as the console does). The member of staff is "scenario".
 */
final class ScenarioStaff implements ScenarioRunner.StaffActions {

    static final String STAFF = "scenario";
    /** An errand's promised date, from today: a week is the usual promise. */
    private static final int PROMISE_DAYS = 7;
    private static final java.time.Duration PRINT_TIME = java.time.Duration.ofSeconds(20);

    private final KioskApp app;
    private String lastErrand;

    ScenarioStaff(KioskApp app) {
        this.app = app;
    }

    @Override
    public void registerErrand(String idNumber, String name, String service) {
        ErrandDesk desk = errands();
        try {
            var view = desk.register(idNumber, name, service, desk.today().plusDays(PROMISE_DAYS), "", STAFF);
            lastErrand = view.errand().number();
            // As the console's page comes back after the receipt is sent; here the next step also sees it cut.
            app.printErrandReceipt(view).get(PRINT_TIME.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (InvalidInput | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the receipt printed", e);
        }
    }

    @Override
    public void moveLastErrand(String state, String note) {
        if (lastErrand == null) {
            throw new IllegalStateException("no errand was registered in this scenario");
        }
        try {
            errands().change(lastErrand, ErrandState.valueOf(state.toUpperCase(Locale.ROOT).replace('-', '_')),
                    STAFF, note);
        } catch (InvalidInput e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void answerLastRequest(String answer) {
        RequestDesk desk = app.requests().orElseThrow(() -> new IllegalStateException("no requests (no data key)"));
        Request last = desk.latest(1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no request was left"));
        try {
            desk.answer(last.number(), answer, STAFF);
        } catch (InvalidInput e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ErrandDesk errands() {
        return app.errands().orElseThrow(() -> new IllegalStateException("no errands (no data key)"));
    }
}
