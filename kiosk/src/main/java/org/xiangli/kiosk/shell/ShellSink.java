package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.devices.KioskDevices;

import java.util.Objects;
import org.xiangli.hal.card.IdentityCard;

/** Device events for the kiosk's shell, which hands them to the page on screen. Called on the UI thread. */
public record ShellSink(KioskShell shell) implements KioskDevices.EventSink {

    public ShellSink {
        Objects.requireNonNull(shell, "shell");
    }

    @Override
    public void cardRead(IdentityCard card) {
        shell.onCardRead(card);
    }

    @Override
    public void codeScanned(String text) {
        shell.onCodeScanned(text);
    }

    @Override
    public void cardRemoved() {
        shell.onCardRemoved();
    }
}
