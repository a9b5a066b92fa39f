package cn.haztrail.console;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A camera for headless Chromium that films a label's QR code: a Y4M video (the raw format Chromium's
 * --use-file-for-fake-video-capture plays in a loop) of the code on white, as a phone would hold it.
 */
final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int FRAMES = 5;

    private FakeCamera() {
    }

    /** The Chromium switches that grant the page a camera showing this QR payload. */
    static String[] filming(String qrPayload, Path directory) throws IOException {
        Path video = directory.resolve("label-qr.y4m");
        write(frame(qrPayload), video);
        return new String[]{"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()};
    }

    private static BufferedImage frame(String payload) {
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        try {
            int size = 400;
            var matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size);
            g.drawImage(MatrixToImageWriter.toBufferedImage(matrix), (WIDTH - size) / 2, (HEIGHT - size) / 2, null);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        } finally {
            g.dispose();
        }
        return frame;
    }

    /** 4:2:0 Y4M: per frame the luma plane, then the two chroma planes at quarter size (grey: 128). */
    private static void write(BufferedImage frame, Path video) throws IOException {
        byte[] luma = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = frame.getRGB(x, y);
                double grey = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                luma[y * WIDTH + x] = (byte) Math.round(16 + grey * 219 / 255);
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(video)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
