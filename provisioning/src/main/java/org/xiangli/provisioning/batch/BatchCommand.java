package org.xiangli.provisioning.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigProblem;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.ops.ProvisioningCode;
import org.xiangli.provisioning.qr.QrImages;
import org.xiangli.provisioning.setup.ConfigDraft;
import org.xiangli.provisioning.setup.TechnicianPins;
import org.xiangli.provisioning.store.NoFollowFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl batch devices.csv -o DIR --key county.key}: configs and provisioning QR labels for many kiosks. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"From a CSV with a header row (station_code, station_name and any of: " + BatchCommand.OPTIONAL
            + "), write per device a config and a provisioning QR label signed with the county key, and a printable "
            + "sheet labels.html. Any bad line stops the run before anything is written.",
            "按 CSV 批量生成每台终端的配置文件和县级密钥签名的配置二维码标签，以及可打印的标签页。"})
public final class BatchCommand implements Callable<Integer> {

    static final String OPTIONAL = "orientation, printer, card_reader_port, scanner_port, paper_width_mm, feed_url, "
            + "screen_off, screen_on";

    /** CSV column -> config key. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("station_code", "station.code");
        COLUMNS.put("station_name", "station.name");
        COLUMNS.put("orientation", "display.orientation");
        COLUMNS.put("printer", "devices.printer");
        COLUMNS.put("card_reader_port", "devices.card_reader_port");
        COLUMNS.put("scanner_port", "devices.scanner_port");
        COLUMNS.put("paper_width_mm", "devices.paper_width_mm");
        COLUMNS.put("feed_url", "content.feed_url");
        COLUMNS.put("screen_off", "display.screen_off");
        COLUMNS.put("screen_on", "display.screen_on");
    }

    @Parameters(paramLabel = "CSV", description = "devices.csv")
    Path csv;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--key", required = true, paramLabel = "FILE",
            description = "the county's provisioning key (a private key file from 'kioskctl keys generate')")
    Path key;

    @Option(names = "--trusted-key", paramLabel = "KEY|FILE",
            description = "content publisher key every device trusts ('ed25519:...' or publisher.pub); repeatable")
    List<String> trustedKeys = new ArrayList<>();

    /** One device ready to write, with its technician PIN (printed on its label, in its config as a hash only). */
    record Device(String code, String name, String toml, String pin) {
    }

    @Override
    public Integer call() {
        PublisherKeyFiles.Signer signer;
        List<String> publisherKeys = new ArrayList<>();
        String text;
        try {
            signer = PublisherKeyFiles.readPrivate(key);
            for (String k : trustedKeys) {
                publisherKeys.add(k.startsWith("ed25519:") ? k : PublisherKeyFiles.readPublic(Path.of(k)).encoded());
            }
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        List<String> errors = new ArrayList<>();
        List<Device> devices = devices(text, publisherKeys, errors);
        if (!errors.isEmpty()) {
            errors.forEach(System.err::println);
            System.err.println("未生成任何文件 / nothing written: fix the lines above and run again");
            return 1;
        }
        try {
            write(devices, signer);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("写入失败 / cannot write the output: " + e.getMessage());
            return 2;
        }
        System.out.println("已生成 " + devices.size() + " 台 / wrote " + devices.size() + " devices to " + out
                + "; print " + out.resolve("labels.html"));
        System.out.println("标签页上有每台终端的维护密码，请妥善保管 / labels.html holds each device's technician PIN: "
                + "keep the printout with the devices, and the file nowhere it can be read by others");
        return 0;
    }

    List<Device> devices(String text, List<String> publisherKeys, List<String> errors) {
        String file = csv.getFileName().toString();
        CsvTable.Parsed parsed = CsvTable.parse(text);
        List<String> header = parsed.header();
        for (String column : header) {
            if (!COLUMNS.containsKey(column)) {
                errors.add(file + ":1: unknown column '" + column + "'; known: " + String.join(", ", COLUMNS.keySet()));
            }
        }
        for (String required : List.of("station_code", "station_name")) {
            if (!header.contains(required)) {
                errors.add(file + ":1: the header needs a '" + required + "' column / 表头缺少 " + required);
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        // Unreadable lines are reported beside the rows' own problems, so one run lists everything to fix.
        parsed.errors().forEach(e -> errors.add(file + ":" + e.getMessage()));
        List<Device> devices = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : parsed.rows()) {
            // Each device its own PIN: a shared one, or none (the public demo PIN), would open every kiosk.
            String pin = TechnicianPins.generate();
            ConfigDraft draft = new ConfigDraft().set("devices.mode", "hardware")
                    .set("technician.pin_hash", PinHash.hash(pin));
            if (!publisherKeys.isEmpty()) {
                draft.setList("content.trusted_keys", publisherKeys);
            }
            boolean rowOk = true;
            for (int i = 0; i < header.size(); i++) {
                String value = row.fields().get(i);
                if (value.isEmpty()) {
                    continue;
                }
                String configKey = COLUMNS.get(header.get(i));
                if (configKey.equals("devices.paper_width_mm")) {
                    if (!value.matches("\\d{1,4}")) {
                        errors.add(file + ":" + row.line() + ": paper_width_mm = " + value + ": expected 58 or 80");
                        rowOk = false;
                        continue;
                    }
                    draft.setNumber(configKey, Integer.parseInt(value));
                } else {
                    draft.set(configKey, value);
                }
            }
            String code = row.fields().get(header.indexOf("station_code"));
            if (!codes.add(code)) {
                errors.add(file + ":" + row.line() + ": station_code " + code + " appears twice / 站点编码重复");
                rowOk = false;
            }
            try {
                var config = draft.validate(file);
                if (rowOk) {
                    devices.add(new Device(config.station().code(), config.station().name(), draft.toToml(), pin));
                }
            } catch (ConfigException e) {
                for (ConfigProblem p : e.problems()) {
                    errors.add(file + ":" + row.line() + ": " + column(p.key()) + (p.value() == null ? "" : " = "
                            + p.value()) + ": " + p.expected());
                }
            }
        }
        if (devices.isEmpty() && errors.isEmpty()) {
            errors.add(file + ": no device rows / 没有终端数据");
        }
        return devices;
    }

    private static String column(String configKey) {
        return COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(configKey)).map(Map.Entry::getKey)
                .findFirst().orElse(String.valueOf(configKey));
    }

    private void write(List<Device> devices, PublisherKeyFiles.Signer signer) throws IOException {
        Files.createDirectories(out);
        StringBuilder sheet = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>乡里 配置二维码 provisioning labels</title>
                <style>
                body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
                .label { display: inline-block; width: 62mm; margin: 3mm; padding: 2mm; border: 1px dashed #999;
                         text-align: center; page-break-inside: avoid; }
                .label img { width: 55mm; height: 55mm; }
                .name { font-size: 14pt; font-weight: bold; }
                .pin { font-size: 12pt; font-family: monospace; margin-top: 1mm; }
                </style></head><body>
                """);
        for (Device device : devices) {
            String code = ProvisioningCode.sign(device.toml(), signer.privateKey(), signer.publicKey());
            Files.writeString(out.resolve(device.code() + ".toml"), device.toml(), StandardCharsets.UTF_8);
            QrImages.writePng(code, 600, out.resolve(device.code() + ".png"));
            sheet.append("<div class=\"label\"><img src=\"").append(html(device.code())).append(".png\" alt=\"\">")
                    .append("<div class=\"name\">").append(html(device.name())).append("</div><div>")
                    .append(html(device.code())).append(" · 首次开机扫码配置</div>")
                    .append("<div class=\"pin\">维护密码 PIN ").append(html(device.pin())).append("</div></div>\n");
        }
        sheet.append("</body></html>\n");
        // 0600: the sheet holds every device's technician PIN.
        NoFollowFiles.write(out.resolve("labels.html"), sheet.toString(), "rw-------");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
