package be.smartcredit.hub.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws QR codes: as SVG vector images for web pages, and as black-and-white PNG images for letters, which FOP
 * embeds as they are instead of laying out an SVG document for each letter.
 */
public final class QrImages {

    public static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** The light margin around the symbol that readers need, in modules (ISO/IEC 18004). */
    private static final int QUIET_ZONE = 4;

    /** Image pixels per module of a PNG code: 30 mm of a version 10 code is then about 500 dpi. */
    private static final int PIXELS_PER_MODULE = 8;

    private QrImages() {
    }

    /** The same QR code as a standalone SVG document, for a web page. */
    public static String svgMarkup(String text) {
        ByteMatrix modules = encode(text);
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        return "<svg xmlns=\"" + SVG_NAMESPACE + "\" width=\"" + size * 6 + "\" height=\"" + size * 6
                + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\" role=\"img\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + pathOf(modules) + "\"/></svg>";
    }

    /**
     * The same QR code as a {@code data:image/png;base64,...} URI for an {@code fo:external-graphic}: one bit per
     * pixel, {@value #PIXELS_PER_MODULE} pixels per module and the quiet zone included, so that it stays sharp
     * at print resolution even where a viewer smooths scaled images.
     */
    public static String pngDataUri(String text) {
        ByteMatrix modules = encode(text);
        int size = (modules.getWidth() + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        var pixels = image.getRaster();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels.setSample(x, y, 0, isDark(modules, x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0 : 1);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException inMemory) {
            throw new UncheckedIOException("cannot write a PNG image to memory", inMemory);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static boolean isDark(ByteMatrix modules, int x, int y) {
        int column = x - QUIET_ZONE;
        int row = y - QUIET_ZONE;
        return column >= 0 && row >= 0 && column < modules.getWidth() && row < modules.getHeight()
                && modules.get(column, row) == 1;
    }

    private static ByteMatrix encode(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, hintsFor(text)).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit in a QR code: " + e.getMessage(), e);
        }
    }

    /**
     * Pure ASCII goes without a character set hint, so the symbol carries no ECI header that older banking apps
     * may stumble on; anything else is declared as UTF-8 so every reader decodes it the same way.
     */
    private static Map<EncodeHintType, Object> hintsFor(String text) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
        return ascii ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }

    /** One closed sub-path per horizontal run of dark modules keeps the path short. */
    private static String pathOf(ByteMatrix modules) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (modules.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y) == 1) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start + QUIET_ZONE).append(',').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return path.toString();
    }
}
