package org.xiangli.hal.printer;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/** A page the virtual printer cut: its image, and the PNG file it was saved to when it saves them. */
public record PrintedReceipt(int number, BufferedImage image, Optional<Path> png) {
}
