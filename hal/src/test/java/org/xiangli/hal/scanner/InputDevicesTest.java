package org.xiangli.hal.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputDevicesTest {

    private static final String PROC = """
            I: Bus=0019 Vendor=0000 Product=0001 Version=0000
            N: Name="Power Button"
            P: Phys=LNXPWRBN/button/input0
            H: Handlers=kbd event0
            B: EV=3

            I: Bus=0003 Vendor=0c2e Product=0b61 Version=0111
            N: Name="Honeywell Imaging & Mobility 1900"
            P: Phys=usb-0000:01:00.0-1.3/input0
            S: Sysfs=/devices/platform/scb/usb1/1-1/1-1.3/1-1.3:1.0/0003:0C2E:0B61.0001/input/input5
            H: Handlers=sysrq kbd leds event3
            B: EV=120013

            I: Bus=0003 Vendor=222a Product=0001 Version=0110
            N: Name="ILITEK ILITEK-TP"
            P: Phys=usb-0000:01:00.0-1.4/input0
            H: Handlers=mouse0 event4
            B: EV=1b
            """;

    @Test
    void givenTheKernelsInputList_whenParsed_thenTheUsbKeyboardIsTheScannerCandidate() {
        List<InputDevices.InputDevice> devices = InputDevices.parse(PROC);

        assertEquals(3, devices.size());
        assertEquals("/dev/input/event3", devices.get(1).eventNode());
        assertTrue(devices.get(1).looksLikeScanner());
        assertFalse(devices.get(0).looksLikeScanner(), "power button is a keyboard but not on USB");
        assertFalse(devices.get(2).looksLikeScanner(), "touch screen has no kbd handler");
    }
}
