package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xiangli.hal.testing.Fuzz;

/** Random and mutated ESC/POS into the virtual printer's parser, and random DLE EOT answers into the status parser. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PrinterParsersFuzzTest {

    private static List<byte[]> samples() {
        Receipt small = Receipt.builder().title("打印测试").separator().keyValue("金额", "12.00")
                .text("右", TextSize.TALL, true, Align.RIGHT).feed(2).partialCut().build();
        return List.of(new EscPosEncoder(PaperWidth.MM58).encode(small),
                HexFormat.of().parseHex("1d7630000200030001020304050600"),
                HexFormat.of().parseHex("1004011004021004041d564201"),
                HexFormat.of().parseHex("1d286b0300314305" + "1b2114" + "1c2e" + "1c26"));
    }

    @Test
    void givenRandomAndMutatedBytesInRandomChunks_whenParsed_thenNothingThrowsAndEveryByteIsAccountedFor() {
        Fuzz fuzz = new Fuzz(11, samples());
        for (int i = 0; i < Fuzz.ITERATIONS; i++) {
            byte[] input = fuzz.next(i);
            Counting handler = new Counting();
            EscPosParser parser = new EscPosParser(handler);
            try {
                int at = 0;
                while (at < input.length) {
                    int chunk = Math.min(input.length - at, 1 + fuzz.random().nextInt(32));
                    parser.feed(input, at, chunk);
                    at += chunk;
                }
                parser.finish();
            } catch (RuntimeException e) {
                fail("input " + i + " " + HexFormat.of().formatHex(input), e);
            }
        }
    }

    @Test
    void givenRandomAndMutatedBytes_whenRenderedOnPaper_thenPagesComeOutWithoutErrors() {
        Fuzz fuzz = new Fuzz(13, samples());
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            byte[] input = fuzz.next(i);
            PaperRenderer paper = new PaperRenderer(PaperWidth.MM58, pages::add, problem -> { });
            try {
                EscPosParser parser = new EscPosParser(paper);
                parser.feed(input);
                parser.finish();
                paper.finishPage();
            } catch (RuntimeException e) {
                fail("input " + i + " " + HexFormat.of().formatHex(input), e);
            }
            pages.clear();
        }
    }

    @Test
    void givenRandomStatusBytes_whenParsed_thenOnlyProtocolErrorsOccurAndValidBytesAlwaysMap() {
        Random random = new Random(17);
        for (int i = 0; i < Fuzz.ITERATIONS; i++) {
            int a = random.nextInt(256);
            int b = i % 2 == 0 ? random.nextInt(256) : (random.nextInt(256) & ~0x93) | 0x12;
            int c = random.nextInt(256) & ~0x93 | 0x12;
            try {
                PrinterCondition.parse(a, b, c).toStatus();
                assertEquals(0x12, a & 0x93);
            } catch (PrinterProtocolException expected) {
                // documented
            } catch (RuntimeException e) {
                fail(String.format("bytes %02X %02X %02X", a, b, c), e);
            }
        }
    }

    /** Checks each callback's arguments are sane while counting them. */
    private static final class Counting implements EscPosHandler {
        int calls;

        @Override
        public void initialize() {
            calls++;
        }

        @Override
        public void text(byte[] bytes) {
            if (bytes.length == 0) {
                throw new AssertionError("empty text run");
            }
            calls++;
        }

        @Override
        public void lineFeed() {
            calls++;
        }

        @Override
        public void feedLines(int lines) {
            calls++;
        }

        @Override
        public void align(int n) {
            if (n < 0 || n > 2) {
                throw new AssertionError("align " + n);
            }
        }

        @Override
        public void bold(boolean on) {
            calls++;
        }

        @Override
        public void size(int n) {
            calls++;
        }

        @Override
        public void chineseMode(boolean on) {
            calls++;
        }

        @Override
        public void raster(MonoBitmap bitmap) {
            calls++;
        }

        @Override
        public void cut(boolean partial) {
            calls++;
        }

        @Override
        public void statusRequest(int n) {
            if (n < 1 || n > 4) {
                throw new AssertionError("status " + n);
            }
        }

        @Override
        public void unknown(byte[] bytes, String reason) {
            if (bytes.length == 0) {
                throw new AssertionError("empty unknown");
            }
        }
    }
}
