package org.xiangli.provisioning.devices;

/** kioskctl device commands' exit codes. */
final class ExitCodes {

    static final int OK = 0;
    /** The device works but nothing happened in time (no card placed, nothing scanned). */
    static final int NOTHING_IN_TIME = 1;
    /** The device cannot be used: missing port, no answer, paper out, hardware error. */
    static final int DEVICE_PROBLEM = 2;

    private ExitCodes() {
    }
}
