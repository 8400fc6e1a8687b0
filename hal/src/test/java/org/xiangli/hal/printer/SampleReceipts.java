package org.xiangli.hal.printer;

/** Receipts the tests print: a queue ticket with Chinese text in every element kind. */
final class SampleReceipts {

    static final String TICKET_QR = "https://xiangli.example/q?t=A003&站=青石村服务站&窗口=2";

    private SampleReceipts() {
    }

    static Receipt ticket() {
        return Receipt.builder()
                .title("青石村便民服务站")
                .separator('=')
                .text("A003", TextSize.HUGE, true, Align.CENTER)
                .text("请到 2 号窗口办理", TextSize.NORMAL, false, Align.CENTER)
                .separator()
                .keyValue("办理事项", "养老保险缴费")
                .keyValue("前面还有", "3 人")
                .keyValue("取号时间", "2026-11-23 09:41")
                .text("绿色通道（老年人·军人·残疾人优先）这一行很长，会在纸宽处自动换行，不会丢字。")
                .qr(TICKET_QR, 240)
                .text("扫码查看排队进度", TextSize.NORMAL, false, Align.CENTER)
                .feed(1)
                .cut()
                .build();
    }
}
