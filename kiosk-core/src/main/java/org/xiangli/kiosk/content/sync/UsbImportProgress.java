package org.xiangli.kiosk.content.sync;

/**
 * Where a USB import is, for the screen: which bundle of how many, and how the last one ended.
 *
 * @param index 1-based number of the bundle being imported
 * @param detail the rejection reason for {@link Phase#REJECTED}, otherwise empty
 */
public record UsbImportProgress(Phase phase, String file, int index, int total, String detail) {

    /** UP_TO_DATE: the stick's bundle is the one applied already; not a fault. */
    public enum Phase { IMPORTING, APPLIED, UP_TO_DATE, REJECTED, DONE }
}
