package org.xiangli.hal.device;

/**
 * Why a device is in its state, with the words a villager (Chinese) and a technician's log (English) need.
 * The kiosk may map the constant names to its own resource bundle keys; the texts here are the defaults.
 */
public enum StatusReason {
    READY("设备就绪", "ready"),
    NOT_CONNECTED("设备未连接", "device not connected"),
    CONNECTION_LOST("设备连接已断开，正在重新连接", "connection lost, reconnecting"),
    NOT_RESPONDING("设备无响应", "device does not answer"),
    PROTOCOL_ERROR("设备通信错误", "garbled reply from device"),
    PAPER_OUT("打印机缺纸", "printer out of paper"),
    PAPER_NEAR_END("打印纸即将用完", "paper near end"),
    COVER_OPEN("打印机盖未关好", "printer cover open"),
    PRINTER_OFFLINE("打印机离线", "printer offline"),
    PRINTER_FAULT("打印机故障，请联系工作人员", "printer fault (cutter or mechanism error)"),
    FEED_BUTTON("正在走纸", "paper feed button pressed"),
    SAM_FAULT("读卡模块故障，请联系工作人员", "ID-card SAM module fault"),
    CARD_READ_FAILED("读卡失败，请重新放置身份证", "card read failed, place the card again"),
    PRINTING("正在打印", "printing"),
    STOPPED("设备已停止", "device stopped"),
    VOICE_MISSING("语音暂不可用", "no text-to-speech voice (espeak-ng with Mandarin) installed");

    private final String chinese;
    private final String english;

    StatusReason(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
