package be.smartcredit.hub.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

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

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

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
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(encode(text)));
    }

    /**
     * Writes the PNG itself: a 1-bit greyscale image (0 black, 1 white) whose rows are made once per module row
     * and repeated, so no image object is filled pixel by pixel and read back again.
     */
    static byte[] png(ByteMatrix modules) {
        int modulesWide = modules.getWidth() + 2 * QUIET_ZONE;
        int size = modulesWide * PIXELS_PER_MODULE;
        int rowBytes = (size + 7) / 8;
        byte[] scanlines = new byte[size * (1 + rowBytes)];
        byte[] row = new byte[rowBytes];
        for (int moduleRow = 0; moduleRow < modulesWide; moduleRow++) {
            Arrays.fill(row, (byte) 0xFF);
            for (int moduleColumn = 0; moduleColumn < modulesWide; moduleColumn++) {
                if (isDark(modules, moduleColumn, moduleRow)) {
                    int first = moduleColumn * PIXELS_PER_MODULE;
                    for (int x = first; x < first + PIXELS_PER_MODULE; x++) {
                        row[x >> 3] &= (byte) ~(0x80 >>> (x & 7));
                    }
                }
            }
            for (int repeat = 0; repeat < PIXELS_PER_MODULE; repeat++) {
                int at = (moduleRow * PIXELS_PER_MODULE + repeat) * (1 + rowBytes);
                scanlines[at] = 0; // filter type None
                System.arraycopy(row, 0, scanlines, at + 1, rowBytes);
            }
        }
        ByteBuffer header = ByteBuffer.allocate(13).putInt(size).putInt(size)
                .put((byte) 1) // bit depth
                .put((byte) 0) // colour type: greyscale
                .put((byte) 0).put((byte) 0).put((byte) 0); // deflate, adaptive filtering, no interlace
        ByteArrayOutputStream png = new ByteArrayOutputStream(2048);
        png.writeBytes(PNG_SIGNATURE);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", deflate(scanlines));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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
