package org.xiangli.county.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.StateReport;

/** A simulated kiosk's answers to commands: a drawn screenshot with its notice, its devices, a pretend restart. */
public final class SimulatedActions implements FleetActions {

    private final String station;
    private final SimulatedFacts facts;
    private volatile String notice = "";

    public SimulatedActions(String station, SimulatedFacts facts) {
        this.station = station;
        this.facts = facts;
    }

    @Override
    public void syncNow() {
        // The simulated content is always current.
    }

    @Override
    public void showNotice(String text, Instant until) {
        notice = text;
    }

    @Override
    public CompletableFuture<byte[]> screenshot() {
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF6F1E7));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new Color(0xB3261E));
        g.fillRect(0, 0, 480, 48);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("Xiangli " + station + " (simulated)", 16, 32);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString(notice.isEmpty() ? "home page" : "notice shown", 16, 120);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return CompletableFuture.completedFuture(out.toByteArray());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public Map<String, StateReport.DeviceReport> selftest() {
        return facts.devices();
    }

    @Override
    public void restart() {
        notice = "";
    }
}
