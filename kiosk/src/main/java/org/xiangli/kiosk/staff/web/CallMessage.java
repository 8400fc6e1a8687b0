package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.queue.Call;

/**
 * A call as the display page and the console read it:
 * {@code {"id":7,"ticket":"A003","window":2,"recall":false,"priority":false}} (priority: 绿色通道). No time and no
 * service letter: the page needs neither.
 */
record CallMessage(long id, String ticket, int window, boolean recall, boolean priority) {

    static CallMessage of(Call call) {
        return new CallMessage(call.id(), call.ticket(), call.window(), call.recall(), call.priority());
    }
}
