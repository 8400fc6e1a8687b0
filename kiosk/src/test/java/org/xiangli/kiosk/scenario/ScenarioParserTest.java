package org.xiangli.kiosk.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.devices.DemoDeviceControls.PrinterSetting;

class ScenarioParserTest {

    private static final String WANG = DemoIdentities.WANG_XIUYING.idNumber().value();

    @Test
    void readsEveryStepSkippingCommentsAndBlankLines() throws ScenarioSyntaxException {
        Scenario s = ScenarioParser.parse("all.scenario", """
                # a comment
                tap 排队取号

                wait 您的号码
                wait 前面还有 0 人 20
                wait "A001 12" 1.5
                expect 绿色通道
                expect-no 王秀英
                card %s 王秀英
                card-remove
                scan XLBILL:1:DEMO-001:DEMO001-0-1
                printer ok
                printer paper-near-end
                printer paper-out
                printer cover-open
                receipt-contains A 社保医保
                fits
                banner on
                banner off
                screenshot target/shot one.png
                sleep 2.5
                home
                """.formatted(WANG));

        assertEquals(List.of(
                new Step.Tap("排队取号"),
                new Step.Wait("您的号码", Duration.ofSeconds(10)),
                new Step.Wait("前面还有 0 人", Duration.ofSeconds(20)),
                new Step.Wait("A001 12", Duration.ofMillis(1500)),
                new Step.Expect("绿色通道"),
                new Step.ExpectNo("王秀英"),
                new Step.Card(new CitizenIdNumber(WANG), "王秀英"),
                new Step.CardRemove(),
                new Step.Scan("XLBILL:1:DEMO-001:DEMO001-0-1"),
                new Step.Printer(PrinterSetting.READY),
                new Step.Printer(PrinterSetting.PAPER_NEAR_END),
                new Step.Printer(PrinterSetting.PAPER_OUT),
                new Step.Printer(PrinterSetting.COVER_OPEN),
                new Step.ReceiptContains("A 社保医保"),
                new Step.Fits(),
                new Step.Banner(true),
                new Step.Banner(false),
                new Step.Screenshot(Path.of("target/shot one.png")),
                new Step.Sleep(Duration.ofMillis(2500)),
                new Step.Home()), s.steps());
        assertEquals(2, s.lines().getFirst().number(), "line numbers count comments and blank lines");
        assertEquals(5, s.lines().get(2).number());
    }

    @Test
    void aBadLineSaysItsNumberWhatIsWrongAndWhatWasExpected() {
        ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class, () -> ScenarioParser.parse(
                "bad.scenario", """
                        tap 取号
                        tapp 取号
                        wait 您的号码 0
                        card 360123194203150027 王秀英
                        card %s
                        printer jammed
                        banner
                        fits now
                        screenshot shot.jpg
                        sleep soon
                        expect "A001
                        """.formatted(WANG)));

        assertEquals(List.of(
                "bad.scenario:2: tapp 取号: unknown step 'tapp' (did you mean 'tap'?); the steps are: tap, wait, "
                        + "expect, expect-no, card, card-remove, scan, printer, receipt-contains, fits, banner, "
                        + "screenshot, sleep, home, size, large-text, lang, idle, scan-receipt, staff",
                "bad.scenario:3: wait 您的号码 0: SECONDS must be more than 0 and at most 600; expected: wait TEXT "
                        + "[SECONDS]",
                "bad.scenario:4: card 360123194203150027 王秀英: ID_NUMBER '360123194203150027' is not a resident ID "
                        + "number: the check character does not match (with these 17 digits it ends in 6); expected: "
                        + "card ID_NUMBER NAME",
                "bad.scenario:5: card " + WANG + ": NAME is missing; expected: card ID_NUMBER NAME",
                "bad.scenario:6: printer jammed: unknown printer state 'jammed'; expected: printer "
                        + "ok|paper-near-end|paper-out|cover-open",
                "bad.scenario:7: banner: on or off is missing; expected: banner on|off",
                "bad.scenario:8: fits now: 'fits' takes nothing after it; expected: fits",
                "bad.scenario:9: screenshot shot.jpg: FILE must end in .png; expected: screenshot FILE.png",
                "bad.scenario:10: sleep soon: SECONDS must be a number such as 5 or 1.5, not 'soon'; expected: "
                        + "sleep SECONDS",
                "bad.scenario:11: expect \"A001: the quote is not closed; expected: expect TEXT"), e.problems());
    }

    @Test
    void aFileWithoutStepsIsRefused() {
        ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class,
                () -> ScenarioParser.parse("empty.scenario", "# nothing yet\n\n"));
        assertTrue(e.getMessage().startsWith("empty.scenario: no steps"), e.getMessage());
    }

    @Test
    void aQuotedTextKeepsItsSpacesQuotesAndTrailingNumber() throws ScenarioSyntaxException {
        Scenario s = ScenarioParser.parse("q", """
                tap "  请 \\"取号\\"  "
                wait "A 12"
                expect \\no quote
                """);
        assertEquals(List.of(new Step.Tap("  请 \"取号\"  "), new Step.Wait("A 12", Step.DEFAULT_WAIT),
                new Step.Expect("\\no quote")), s.steps());
    }

    /** Whatever a file holds, the parser answers with steps or a syntax error naming lines: nothing else. */
    @Test
    void randomFilesOnlyEverGiveStepsOrLineNumberedErrors() {
        Random random = new Random(14);
        String[] words = {"tap", "wait", "expect", "expect-no", "card", "card-remove", "scan", "printer",
            "receipt-contains", "fits", "banner", "screenshot", "sleep", "home", "on", "off", "ok", "paper-out", "\"",
            "\\", "#", "取号", "10", "0.5", "-1", "1e3", "99999999", WANG, WANG.toLowerCase(), "x.png", "\t", "　", "\u0000",
            "\r", "\n", "\uFEFF", "😀", ""};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder file = new StringBuilder();
            int lines = random.nextInt(5);
            for (int l = 0; l < lines; l++) {
                int count = random.nextInt(5);
                for (int w = 0; w < count; w++) {
                    file.append(words[random.nextInt(words.length)]);
                    if (random.nextBoolean()) {
                        file.append(' ');
                    }
                }
                file.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            try {
                Scenario s = ScenarioParser.parse("fuzz", file.toString());
                assertTrue(!s.lines().isEmpty());
            } catch (ScenarioSyntaxException e) {
                assertTrue(!e.problems().isEmpty());
                for (String problem : e.problems()) {
                    assertTrue(problem.matches("(?s)fuzz(:\\d+)?: .+"), problem);
                }
            }
        }
    }

    /** A step written back by {@link Step#line()} reads back as the same step. */
    @Test
    void everyStepReadsBackFromItsOwnLine() throws ScenarioSyntaxException {
        Random random = new Random(7);
        String[] texts = {"取号", "前面还有 0 人", "A 12", " spaced ", "\"quoted\"", "back\\slash", "12", "x 1.5",
            "王*英", "#not a comment"};
        List<Step> steps = new ArrayList<>();
        for (String t : texts) {
            steps.add(new Step.Tap(t));
            steps.add(new Step.Wait(t, Duration.ofMillis(1 + random.nextInt(600_000))));
            steps.add(new Step.Wait(t, Step.DEFAULT_WAIT));
            steps.add(new Step.Expect(t));
            steps.add(new Step.ExpectNo(t));
            steps.add(new Step.Scan(t));
            steps.add(new Step.ReceiptContains(t));
        }
        for (PrinterSetting setting : PrinterSetting.values()) {
            steps.add(new Step.Printer(setting));
        }
        steps.addAll(List.of(new Step.Card(new CitizenIdNumber(WANG), "欧阳 春生"), new Step.CardRemove(),
                new Step.Fits(), new Step.Banner(true), new Step.Banner(false), new Step.Home(),
                new Step.Screenshot(Path.of("target/a b.png")), new Step.Sleep(Duration.ofMillis(1)),
                new Step.Size(1080, 1920), new Step.Size(1920, 1080), new Step.LargeText(true),
                new Step.LargeText(false), new Step.Lang(true), new Step.Lang(false),
                new Step.Idle(Duration.ofMillis(60_500))));
        String file = String.join("\n", steps.stream().map(Step::line).toList());

        assertEquals(steps, ScenarioParser.parse("round-trip", file).steps(), file);
    }

    @Test
    void badScreenSizesLanguagesAndSwitchesAreNamed() {
        ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class, () -> ScenarioParser.parse("bad",
                "size 1080*1920\nsize 100x100\nsize\nlarge-text yes\nlang fr\nidle\nidle -3\n"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("bad:1: size 1080*1920: '1080*1920' is not WIDTHxHEIGHT"), all);
        assertTrue(all.contains("bad:2: size 100x100: each side must be from 320 to 4096 pixels"), all);
        assertTrue(all.contains("bad:3: size: WIDTHxHEIGHT is missing"), all);
        assertTrue(all.contains("bad:4: large-text yes: 'yes' is neither on nor off; expected: large-text on|off"), all);
        assertTrue(all.contains("bad:5: lang fr: 'fr' is neither zh nor en; expected: lang zh|en"), all);
        assertTrue(all.contains("bad:6: idle: SECONDS is missing; expected: idle SECONDS"), all);
        assertTrue(all.contains("bad:7: idle -3: SECONDS must be a number"), all);
    }
}
