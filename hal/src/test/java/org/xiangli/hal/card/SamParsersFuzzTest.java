package org.xiangli.hal.card;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xiangli.hal.device.Deadline;
import org.xiangli.hal.device.LinkClosedException;
import org.xiangli.hal.device.PipeLink;
import org.xiangli.hal.testing.Fuzz;

/** Random and mutated input to every SAM parser: only the documented exceptions, and no hang. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SamParsersFuzzTest {

    private static List<byte[]> validFrames() {
        List<byte[]> frames = new ArrayList<>();
        for (SamCommand command : SamCommand.values()) {
            frames.add(SamFrame.request(command).encode());
        }
        for (SamStatus status : SamStatus.values()) {
            frames.add(SamFrame.reply(status.code()).encode());
        }
        byte[] text = IdentityText.encode(DemoIdentities.OUYANG_CHUNSHENG);
        byte[] data = new byte[4 + text.length];
        data[0] = 1;
        System.arraycopy(text, 0, data, 4, text.length);
        frames.add(SamFrame.reply(0x90, data).encode());
        return frames;
    }

    @Test
    void givenRandomAndMutatedFrames_whenParsedWhole_thenOnlySamFrameOrCardDataErrorsOccur() {
        Fuzz fuzz = new Fuzz(3, validFrames());
        for (int i = 0; i < Fuzz.ITERATIONS; i++) {
            byte[] input = fuzz.next(i);
            try {
                SamReply reply = SamReply.of(SamFrame.parse(input));
                if (reply.data().length >= 4 + IdentityText.LENGTH) {
                    IdentityText.decode(Arrays.copyOfRange(reply.data(), 4, reply.data().length));
                }
            } catch (SamFrameException | CardDataException expected) {
                // documented
            } catch (RuntimeException e) {
                fail("input " + i + " " + HexFormat.of().formatHex(input), e);
            }
        }
    }

    @Test
    void givenRandomAndMutatedStreams_whenReadFrameByFrame_thenOnlyDocumentedErrorsAndTheStreamEnds()
            throws Exception {
        Fuzz fuzz = new Fuzz(5, validFrames());
        for (int i = 0; i < Fuzz.ITERATIONS; i++) {
            byte[] input = fuzz.next(i);
            PipeLink[] ends = PipeLink.pair("fuzz");
            ends[1].write(input);
            ends[1].close();
            SamFrameReader reader = new SamFrameReader(ends[0]);
            int frames = 0;
            while (true) {
                try {
                    reader.read(Deadline.after(Duration.ofSeconds(5)));
                } catch (SamFrameException expected) {
                    // documented: a bad frame; keep reading what follows
                } catch (LinkClosedException end) {
                    break;
                } catch (TimeoutException | RuntimeException e) {
                    fail("input " + i + " " + HexFormat.of().formatHex(input), e);
                }
                if (++frames > input.length) {
                    fail("reader does not progress on input " + i);
                }
            }
        }
    }

    @Test
    void givenRandomAndMutatedTextBlocks_whenDecoded_thenOnlyCardDataErrorsOccur() {
        List<byte[]> blocks = DemoIdentities.ALL.stream().map(IdentityText::encode).toList();
        Fuzz fuzz = new Fuzz(7, blocks);
        for (int i = 0; i < Fuzz.ITERATIONS; i++) {
            byte[] input = i % 2 == 0 ? fuzz.randomBytes(IdentityText.LENGTH) : fuzz.next(1);
            try {
                IdentityText.decode(input);
            } catch (CardDataException expected) {
                // documented
            } catch (RuntimeException e) {
                fail("input " + i + " " + HexFormat.of().formatHex(input), e);
            }
        }
    }
}
