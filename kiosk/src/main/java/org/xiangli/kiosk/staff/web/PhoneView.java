package org.xiangli.kiosk.staff.web;

import java.util.List;

/**
 * The phone status page's content for one ticket, as words ready to show: the page renders it and its live updates
 * replace it whole, so the page and its script never disagree. Nothing personal: number, service, where it stands.
 *
 * @param state     WAITING, CALLED, HELD, DONE, NO_SHOW or EXPIRED (a style hook for the page)
 * @param headline  what matters now, large: 前面还有 3 人, or 请到 2 号窗口办理
 * @param lines     the rest: the estimated wait, what happens next
 */
record PhoneView(String ticket, String service, String state, String headline, List<String> lines) {

    PhoneView {
        lines = List.copyOf(lines);
    }
}
