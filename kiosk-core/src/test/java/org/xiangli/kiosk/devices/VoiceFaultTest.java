package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.fleet.KioskFleetFacts;
import org.xiangli.kiosk.fleet.StateReport;
import org.xiangli.kiosk.speech.Speech;

/**
 * Issue 19.12: a kiosk without a voice (espeak-ng missing) reports it as a device fault, through the same path as
 * its card reader or printer: in the device statuses, on the fault LED ({@link DeviceSet#anyDown}) and in the
 * county's fleet state.
 */
class VoiceFaultTest {

    @TempDir
    Path dir;

    @Test
    void aMissingVoiceIsAFaultWhereverTheDevicesAreReported() throws Exception {
        try (Speech mute = new Speech(Optional.empty(), Locale.SIMPLIFIED_CHINESE);
             DeviceSet devices = DeviceSet.none(ConfigLoader.defaults().withDataDir(dir))) {
            assertFalse(mute.status().isOnline());
            assertEquals(StatusReason.VOICE_MISSING, mute.status().reason());
            assertEquals("语音暂不可用", mute.status().reason().chinese());
            assertFalse(devices.anyDown(), "no device, nothing down");

            devices.report("voice", mute::status);

            assertTrue(devices.anyDown(), "the fault LED lights for a missing voice");
            assertEquals(StatusReason.VOICE_MISSING, devices.statuses().get("voice").reason());
            StateReport.DeviceReport fleet = KioskFleetFacts.report(devices.statuses().get("voice"));
            assertEquals("offline", fleet.state());
            assertTrue(fleet.detail().contains("espeak-ng"), fleet.detail());
        }
    }

    @Test
    void aVoiceThatIsThereIsOnline() throws Exception {
        try (Speech speaking = new Speech(Optional.of(Path.of("/usr/bin/espeak-ng")), Locale.SIMPLIFIED_CHINESE);
             DeviceSet devices = DeviceSet.none(ConfigLoader.defaults().withDataDir(dir))) {
            devices.report("voice", speaking::status);
            assertTrue(devices.statuses().get("voice").isOnline());
            assertFalse(devices.anyDown());
        }
    }
}
