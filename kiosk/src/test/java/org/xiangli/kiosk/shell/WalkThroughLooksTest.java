package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;
import org.xiangli.kiosk.queue.IssueResult;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.screens.TicketScreen;
import org.xiangli.kiosk.content.screens.ArticleScreen;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.ScreenReader;

/**
 * Issue 19, what the walk-through saw rather than did: the header's buttons stay put while the countdown loses a
 * digit (13), a primary button that cannot be pressed looks it (13), instructions are not drawn as fields (10), and
 * an error looks the same under a statement as under a ticket (11).
 */
class WalkThroughLooksTest {

    @TempDir
    Path dir;
    private KioskFixture kiosk;
    private KioskShell shell;

    @BeforeEach
    void start() {
        kiosk = new KioskFixture(dir, 1280, 800, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void theHeaderButtonsDoNotMoveWhenTheCountdownGoesFromTenToNine() {
        kiosk.ui().run(() -> shell.open(shell.screens().queue().serviceGuide()));
        for (int i = 0; i < 600 && !homeText().contains("10 秒"); i++) {
            kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(1)));
        }
        assertTrue(homeText().contains("10 秒"), homeText());
        List<Double> atTen = headerButtonEdges();
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(1)));
        assertTrue(homeText().contains("9 秒"), homeText());
        List<Double> atNine = headerButtonEdges();
        assertEquals(atTen, atNine, "the left and right edges of the header's buttons at 10 s and at 9 s");
    }

    @Test
    void aPrimaryButtonThatCannotBePressedYetLooksIt() {
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        Paint ready = fill(button("手动输入身份证号"));
        kiosk.ui().run(() -> shell.open(shell.screens().payments().idNumberEntry()));
        Button next = button("下一步");
        assertTrue(next.isDisabled(), "no digits typed yet");
        Paint waiting = fill(next);
        assertNotEquals(ready, waiting, "下一步 with no digits must not look like a button ready to press");
        Color grey = (Color) waiting;
        assertTrue(Math.abs(grey.getRed() - grey.getBlue()) < 0.1, "greyish, not the accent colour: " + grey);
        kiosk.screenshot("walk-next-disabled");
    }

    @Test
    void swipeAndScanInstructionsAreAnIconAndWordsNotAFieldOrAButton() {
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.render();
        for (String words : List.of("请刷身份证", "请扫描缴费单上的二维码")) {
            Node label = kiosk.ui().call(() -> ScreenReader.textNodes(shell.root()).stream()
                    .filter(n -> ScreenReader.textOf(n).orElseThrow().equals(words)).findFirst().orElseThrow());
            assertTrue(kiosk.ui().call(() -> ScreenReader.tapTarget(label)).isEmpty(), words + " is not touchable");
            Parent instruction = kiosk.ui().call(() -> {
                for (Parent p = label.getParent(); p != null; p = p.getParent()) {
                    if (p.getStyleClass().contains("instruction")) {
                        return p;
                    }
                }
                return null;
            });
            assertTrue(instruction != null, words + " is an instruction");
            assertTrue(kiosk.ui().call(() -> instruction.getChildrenUnmodifiable().stream()
                    .anyMatch(SVGPath.class::isInstance)), words + " has its icon");
            for (Node n = label; n != null && n != instruction.getParent(); n = n.getParent()) {
                if (n instanceof Region r) {
                    assertTrue(r.getBackground() == null || r.getBackground().getFills().isEmpty(),
                            words + " sits on the page, not in a filled box: " + r.getStyleClass());
                    assertTrue(r.getBorder() == null || r.getBorder().getStrokes().isEmpty(),
                            words + " has no frame: " + r.getStyleClass());
                }
            }
        }
        kiosk.screenshot("walk-instructions");
    }

    @Test
    void aStatementThePrinterCouldNotPrintShowsTheSameErrorAsATicket() throws Exception {
        PaymentResultsScreen results = kiosk.ui().call(() -> (PaymentResultsScreen) shell.screens().payments()
                .results((LookupOutcome.Found) kiosk.app().payments().desk().byCard(DemoIdentities.WANG_XIUYING)));
        kiosk.ui().run(() -> shell.open(results));
        kiosk.ui().run(() -> results.printButton().fire());
        for (int i = 0; i < 300 && results.printFailure().isEmpty(); i++) {
            Thread.sleep(100);
            kiosk.settle();
        }
        assertTrue(results.printFailure().isPresent(), "this kiosk has no printer");
        kiosk.render();
        Label statement = results.printStatus();
        Paint statementColour = kiosk.ui().call(statement::getTextFill);
        assertTrue(statement.getStyleClass().contains("error-text"), statement.getStyleClass().toString());

        TicketScreen ticket = new TicketScreen(shell.messages(), LayoutTest.ticket(IssueResult.Kind.ISSUED,
                TicketPrinter.Result.failed(PrintFailure.PAPER_OUT, "paper out"), false), Optional.empty(), false);
        kiosk.ui().run(() -> shell.open(ticket));
        kiosk.render();
        Label notice = (Label) kiosk.ui().call(() -> shell.root().lookup("#ticket-notice"));
        assertTrue(notice.getStyleClass().contains("error-text"), notice.getStyleClass().toString());
        assertEquals(kiosk.ui().call(notice::getTextFill), statementColour, "one colour for errors");
        assertEquals(kiosk.ui().call(() -> notice.getFont().getStyle()),
                kiosk.ui().call(() -> statement.getFont().getStyle()), "one weight for errors");
    }

    @Test
    void readAloudWithNoVoiceSaysSoOnTheScreen() throws Exception {
        try (Speech mute = new Speech(Optional.empty(), Locale.SIMPLIFIED_CHINESE)) {
            ArticleScreen article = new ArticleScreen(shell.messages(), kiosk.content("demo-04-pension-levels"),
                    List.of(), mute);
            kiosk.ui().run(() -> shell.open(article));
            Button read = button("语音朗读");
            kiosk.ui().run(read::fire);
            kiosk.render();
            List<String> words = kiosk.ui().call(() -> ScreenReader.texts(shell.root()));
            assertTrue(words.contains("语音暂不可用"), words.toString());
        }
    }

    private String homeText() {
        kiosk.render();
        return kiosk.ui().call(() -> shell.header().homeButton().getText());
    }

    /** The left and right edge of every button in the header, in scene x. */
    private List<Double> headerButtonEdges() {
        kiosk.render();
        return kiosk.ui().call(() -> shell.header().node().getChildren().stream().filter(Button.class::isInstance)
                .flatMap(b -> {
                    var bounds = b.localToScene(b.getBoundsInLocal());
                    return java.util.stream.Stream.of((double) Math.round(bounds.getMinX()),
                            (double) Math.round(bounds.getMaxX()));
                }).toList());
    }

    private Button button(String words) {
        kiosk.render();
        return kiosk.ui().call(() -> ScreenReader.textNodes(shell.root()).stream()
                .filter(n -> n instanceof Button b && words.equals(b.getText())).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no button " + words)));
    }

    private Paint fill(Button button) {
        kiosk.render();
        return kiosk.ui().call(() -> button.getBackground().getFills().getLast().getFill());
    }
}
