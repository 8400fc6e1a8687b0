package org.xiangli.hal.printer;

import java.io.IOException;

/** A printer reply that is not what ESC/POS allows, e.g. a status byte with its fixed bits wrong. */
public final class PrinterProtocolException extends IOException {

    public PrinterProtocolException(String message) {
        super(message);
    }
}
