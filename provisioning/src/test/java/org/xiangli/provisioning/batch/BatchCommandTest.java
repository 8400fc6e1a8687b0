package org.xiangli.provisioning.batch;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.qr.QrReader;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.ops.ZeroTouchSetup;
import org.xiangli.provisioning.KioskCtl;

class BatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenACsvOfTwoDevices_whenBatch_thenConfigsLabelsAndASheetAndEachLabelConfiguresAKiosk() throws Exception {
        PublisherKey county = PublisherKeyFiles.generate(dir.resolve("county"));
        Path csv = dir.resolve("devices.csv");
        Files.writeString(csv, """
                \uFEFFstation_code,station_name,orientation,printer,screen_off,screen_on
                # 青石镇
                360121-007,"柳溪村便民服务站",portrait,usb:/dev/usb/lp0,22:00,07:00
                360121-008,"石桥村""新""服务站",,tcp:192.0.2.7:9100,,
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Output run = Output.run(() -> KioskCtl.run("batch", csv.toString(), "-o", out.toString(), "--key",
                dir.resolve("county/publisher.key").toString()));

        assertEquals(0, run.exitCode(), run.err());
        KioskConfig first = new ConfigLoader().load(out.resolve("360121-007.toml"));
        assertEquals(KioskConfig.Orientation.PORTRAIT, first.display().orientation());
        assertEquals("石桥村\"新\"服务站", new ConfigLoader().load(out.resolve("360121-008.toml")).station().name());
        String html = Files.readString(out.resolve("labels.html"));
        assertTrue(html.contains("360121-008.png") && html.contains("柳溪村便民服务站"), html);

        // Read as the kiosk's scanner reads: the label is a version 18-20 code, which zxing's first look misses
        // now and then.
        String scanned = QrReader.read(ImageIO.read(out.resolve("360121-007.png").toFile())).orElseThrow();
        Path kioskConfig = dir.resolve("kiosk/kiosk.toml");
        KioskConfig applied = new ZeroTouchSetup(new TrustedKeys(List.of(county)), kioskConfig).apply(scanned);
        assertEquals("360121-007", applied.station().code());
        assertEquals(first.screenSchedule(), applied.screenSchedule());
    }

    @Test
    void givenACsv_whenBatch_thenEachDeviceGetsItsOwnPinOnItsLabelAndOnlyItsHashInItsConfig() throws Exception {
        PublisherKeyFiles.generate(dir.resolve("county"));
        Path csv = dir.resolve("devices.csv");
        Files.writeString(csv, "station_code,station_name\nA-1,甲村\nB-2,乙村\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Output run = Output.run(() -> KioskCtl.run("batch", csv.toString(), "-o", out.toString(), "--key",
                dir.resolve("county/publisher.key").toString()));

        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out.resolve("labels.html"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("维护密码 PIN (\\d{6})").matcher(html);
        List<String> pins = new java.util.ArrayList<>();
        while (m.find()) {
            pins.add(m.group(1));
        }
        assertEquals(2, pins.size(), html);
        assertFalse(pins.get(0).equals(pins.get(1)), "each device its own PIN");
        for (int i = 0; i < 2; i++) {
            Path config = out.resolve(List.of("A-1", "B-2").get(i) + ".toml");
            String hash = new ConfigLoader().load(config).technician().pinHash();
            assertTrue(org.xiangli.kiosk.config.PinHash.matches(pins.get(i), hash), config.toString());
            assertFalse(org.xiangli.kiosk.config.PinHash.matches(ConfigLoader.DEMO_PIN, hash));
            assertFalse(Files.readString(config).contains(pins.get(i)), "only the hash is in the config");
        }
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("labels.html"))));
    }

    @Test
    void givenBadLines_whenBatch_thenEveryProblemIsNamedByLineAndNothingIsWritten() throws Exception {
        PublisherKeyFiles.generate(dir.resolve("county"));
        Path csv = dir.resolve("devices.csv");
        Files.writeString(csv, """
                station_code,station_name,orientation,paper_width_mm
                A-1,甲村,portrait,80
                B 2,乙村,sideways,80
                C-3,"丙村,58
                A-1,丁村,,wide
                D-4,戊村
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Output run = Output.run(() -> KioskCtl.run("batch", csv.toString(), "-o", out.toString(), "--key",
                dir.resolve("county/publisher.key").toString()));

        assertEquals(1, run.exitCode());
        String err = run.err();
        assertTrue(err.contains("devices.csv:3: station_code = \"B 2\""), err);
        assertTrue(err.contains("devices.csv:3: orientation = \"sideways\""), err);
        assertTrue(err.contains("devices.csv:line 4: a quote is not closed"), err);
        assertTrue(err.contains("devices.csv:5: paper_width_mm = wide"), err);
        assertTrue(err.contains("devices.csv:5: station_code A-1 appears twice"), err);
        assertTrue(err.contains("devices.csv:line 6: has 2 fields"), err);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void givenAnUnknownColumn_whenBatch_thenTheHeaderIsRefused() throws Exception {
        PublisherKeyFiles.generate(dir.resolve("county"));
        Path csv = dir.resolve("devices.csv");
        Files.writeString(csv, "station_code,station_name,colour\nA-1,甲村,red\n", StandardCharsets.UTF_8);

        Output run = Output.run(() -> KioskCtl.run("batch", csv.toString(), "-o", dir.resolve("out").toString(),
                "--key", dir.resolve("county/publisher.key").toString()));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("devices.csv:1: unknown column 'colour'"), run.err());
    }
}
