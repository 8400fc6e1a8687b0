package org.xiangli.kiosk.requests;

/** 待处理 → 处理中 → 已答复. */
public enum RequestState {
    PENDING, IN_PROGRESS, ANSWERED;

    public String messageKey() {
        return "request.state." + name();
    }
}
