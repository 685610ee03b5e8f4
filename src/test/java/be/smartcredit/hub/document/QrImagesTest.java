package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG the letters embed: a valid image that any decoder reads back as the text it was made from. */
class QrImagesTest {

    private static final String PREFIX = "data:image/png;base64,";

    @Test
    void writesAOneBitPngThatReadsBackAsTheText() throws Exception {
        String text = "BCD\n002\n1\nSCT\nGKCCBEBB\nAgency\nBE71096123456769\nEUR123.45\n\n+++090/9337/55493+++";

        BufferedImage image = decode(QrImages.pngDataUri(text));

        assertThat(image.getColorModel().getPixelSize()).isEqualTo(1);
        assertThat(image.getHeight()).isEqualTo(image.getWidth());
        assertThat(image.getWidth() % 8).as("eight pixels per module").isZero();
        int symbolModules = image.getWidth() / 8 - 2 * 4;
        assertThat((symbolModules - 17) % 4).as("a QR version is 17 + 4 * version modules wide").isZero();
        assertThat(read(image)).isEqualTo(text);
    }

    @Test
    void keepsAWhiteQuietZoneOfFourModulesAndStartsWithTheDarkFinderPattern() throws Exception {
        BufferedImage image = decode(QrImages.pngDataUri("+++090/9337/55493+++"));

        int quietZone = 4 * 8;
        for (int i = 0; i < quietZone; i++) {
            assertThat(isDark(image, i, i)).as("quiet zone at %d", i).isFalse();
            assertThat(isDark(image, image.getWidth() - 1 - i, i)).as("quiet zone at the right, %d", i).isFalse();
        }
        // The finder pattern's outer ring is dark; one module in, its white ring; two modules in, its dark centre.
        assertThat(isDark(image, quietZone, quietZone)).isTrue();
        assertThat(isDark(image, quietZone + 8 + 3, quietZone + 8 + 3)).isFalse();
        assertThat(isDark(image, quietZone + 16 + 3, quietZone + 16 + 3)).isTrue();
    }

    @Test
    void declaresTextBeyondAsciiAsUtf8() throws Exception {
        String text = "Société Générale – Ørsted";

        assertThat(read(decode(QrImages.pngDataUri(text)))).isEqualTo(text);
    }

    private static BufferedImage decode(String dataUri) throws Exception {
        assertThat(dataUri).startsWith(PREFIX);
        byte[] png = Base64.getDecoder().decode(dataUri.substring(PREFIX.length()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        return image;
    }

    private static boolean isDark(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0;
    }

    private static String read(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
