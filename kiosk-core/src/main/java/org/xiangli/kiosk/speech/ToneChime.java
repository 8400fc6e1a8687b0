package org.xiangli.kiosk.speech;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A "ding-dong" synthesised in Java (no sound file, no player program): works wherever the JDK finds an audio
 * line. Without one (no sound card, a test machine) it says so once in the log and stays silent.
 */
public final class ToneChime implements Chime {

    private static final System.Logger LOG = System.getLogger(ToneChime.class.getName());
    private static final float RATE = 22_050f;

    private final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public void play() {
        byte[] pcm = tones(new double[] {784, 659}, 0.45);
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.log(Level.INFO, "no audio line for the call chime: {0}", e.getMessage());
            }
        }
    }

    /** Each frequency for {@code seconds}, fading out so it rings like a bell rather than beeps. */
    static byte[] tones(double[] frequencies, double seconds) {
        int perTone = (int) (RATE * seconds);
        byte[] out = new byte[perTone * frequencies.length * 2];
        int i = 0;
        for (double f : frequencies) {
            for (int n = 0; n < perTone; n++) {
                double envelope = Math.exp(-3.0 * n / perTone);
                short sample = (short) (Math.sin(2 * Math.PI * f * n / RATE) * envelope * 0.6 * Short.MAX_VALUE);
                out[i++] = (byte) sample;
                out[i++] = (byte) (sample >> 8);
            }
        }
        return out;
    }
}
