package org.xiangli.provisioning.station;

import java.time.Clock;
import java.time.Duration;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.QueuePolicy;
import org.xiangli.kiosk.queue.QueueRepository;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.QueueSettingsRepository;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.ServiceWindowRepository;
import org.xiangli.kiosk.store.Database;

/**
 * The station's services and windows as kioskctl changes them: through the same {@link QueueAdmin} as the staff
 * console's admin pages, so the same rules hold. kioskctl is another process than the kiosk: a running kiosk shows
 * the change after {@code systemctl restart xiangli-kiosk}.
 */
public final class StationQueue {

    private StationQueue() {
    }

    public static QueueAdmin admin(Database db) {
        ServiceGuideRepository guide = new ServiceGuideRepository(db);
        KioskConfig.Queue q = ConfigLoader.defaults().queue();
        // Only the guide and the windows change here; the policy's values are never used by these changes.
        QueueService queue = new QueueService(new QueueRepository(db), guide::serving, new QueuePolicy(
                ConfigLoader.defaults().station().timeZone(), q.priorityAge(), q.maxPriorityStreak(),
                q.defaultServiceTime(), Duration.ofSeconds(30)), Clock.systemUTC());
        return new QueueAdmin(guide, new ServiceWindowRepository(db), new QueueSettingsRepository(db), queue);
    }

    static final String RESTART_HINT = "a running kiosk shows this after: sudo systemctl restart xiangli-kiosk"
            + " / 终端重启后生效";
}
