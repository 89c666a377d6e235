package app.backline.replay;

import okio.Buffer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A small PNG made in memory: what the replay answers for every media address. */
final class TestImages {

    private TestImages() {
    }

    static Buffer png() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x6f42c1));
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.WHITE);
        g.fillOval(16, 16, 32, 32);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Buffer().write(out.toByteArray());
    }
}
