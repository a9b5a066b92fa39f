package cn.haztrail.console.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a QR code from one camera frame with ZXing, which already draws the labels' QR codes. Frames
 * are small (a phone sends one about every half second while the camera is open); an image larger than a few
 * megapixels is not decoded at all, so a crafted upload cannot make the server unpack a huge bitmap.
 */
final class QrFrames {

    static final long MAX_PIXELS = 4_000_000;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private QrFrames() {
    }

    /** The text of the QR code in the frame; empty when there is none, or the frame is no readable image. */
    static Optional<String> decode(byte[] frame) {
        BufferedImage image = read(frame);
        if (image == null) {
            return Optional.empty();
        }
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
        } catch (NotFoundException none) {
            return Optional.empty();
        } catch (ReaderException unreadable) {
            return Optional.empty();
        }
    }

    private static BufferedImage read(byte[] frame) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(frame))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
