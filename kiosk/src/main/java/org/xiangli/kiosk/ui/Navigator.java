package org.xiangli.kiosk.ui;

/**
 * How a page moves the villager on: the shell implements it, features' page factories and screens only see this.
 * Every call happens on the UI thread.
 */
public interface Navigator {

    /** Shows {@code screen} above the current page; 返回上一页 comes back. */
    void open(Screen screen);

    /** Leaves the current page for the one under it (does nothing on the home page). */
    void back();

    /** Leaves every page, wipes the session and shows the home page. */
    void goHome();

    /** The visit's personal data; wiped on every return home. */
    KioskSession session();

    /** Whether the screen stands upright now (1080×1920): pages that build a keypad lay it out once for it. */
    boolean portrait();
}
