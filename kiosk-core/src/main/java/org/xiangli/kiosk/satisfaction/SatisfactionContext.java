package org.xiangli.kiosk.satisfaction;

import java.util.concurrent.Executor;

/** What the satisfaction page needs: the report's source and the executors (store work off the UI thread). */
public record SatisfactionContext(StationSatisfaction report, Executor work, Executor ui) {
}
