package org.xiangli.kiosk.station;

import org.xiangli.kiosk.errands.ErrandsContext;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.satisfaction.SatisfactionContext;

/** The station-service pages' contexts (办件进度, 诉求·意见, 满意度), present together or not at all (no data key). */
public record StationServices(ErrandsContext errands, RequestsContext requests, SatisfactionContext satisfaction) {
}
