package org.xiangli.hal.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Inputs for fuzzing parsers: half purely random, half mutations of valid samples (bit flips, inserted,
 * deleted and duplicated bytes, truncation). Seeded, so a failure names an input that can be replayed.
 */
public final class Fuzz {

    public static final int ITERATIONS = 100_000;

    private final Random random;
    private final List<byte[]> samples;

    public Fuzz(long seed, List<byte[]> samples) {
        this.random = new Random(seed);
        this.samples = List.copyOf(samples);
    }

    public Random random() {
        return random;
    }

    public byte[] next(int iteration) {
        return iteration % 2 == 0 ? randomBytes(random.nextInt(96)) : mutate(samples.get(random.nextInt(samples.size())));
    }

    public byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] mutate(byte[] sample) {
        byte[] bytes = sample.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(5)) {
                case 0 -> {
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                    yield bytes;
                }
                case 1 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    yield longer;
                }
                case 2 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    yield shorter;
                }
                case 3 -> Arrays.copyOf(bytes, at);
                default -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(16));
                    byte[] doubled = Arrays.copyOf(bytes, bytes.length + length);
                    System.arraycopy(bytes, at, doubled, at + length, bytes.length - at);
                    yield doubled;
                }
            };
        }
        return bytes;
    }
}
