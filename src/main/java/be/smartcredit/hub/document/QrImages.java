package be.smartcredit.hub.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Draws QR codes as SVG vector images, so that they print sharp at any resolution. */
public final class QrImages {

    public static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** The light margin around the symbol that readers need, in modules (ISO/IEC 18004). */
    private static final int QUIET_ZONE = 4;

    private QrImages() {
    }

    /**
     * An {@code svg} element, owned by the given document, that draws the text as a QR code at error correction
     * level M; one user unit is one module, the quiet zone included.
     */
    public static Element svg(Document owner, String text) {
        ByteMatrix modules = encode(text);
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        Element svg = owner.createElementNS(SVG_NAMESPACE, "svg");
        svg.setAttribute("width", Integer.toString(size));
        svg.setAttribute("height", Integer.toString(size));
        svg.setAttribute("viewBox", "0 0 " + size + " " + size);
        svg.setAttribute("shape-rendering", "crispEdges");
        Element background = owner.createElementNS(SVG_NAMESPACE, "rect");
        background.setAttribute("width", Integer.toString(size));
        background.setAttribute("height", Integer.toString(size));
        background.setAttribute("fill", "#ffffff");
        Element dark = owner.createElementNS(SVG_NAMESPACE, "path");
        dark.setAttribute("d", pathOf(modules));
        dark.setAttribute("fill", "#000000");
        svg.appendChild(background);
        svg.appendChild(dark);
        return svg;
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
