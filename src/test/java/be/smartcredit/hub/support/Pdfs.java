package be.smartcredit.hub.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered letters back the way a person would: their text, their QR code, their fonts. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code on the first page, read from a 300 dpi rendering as a phone camera would. */
    public static String qrCodeOnFirstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the first page", e);
        }
    }

    /**
     * The texts of all QR codes on all pages (a letter may carry the EPC code and a pay-page code, and a long
     * letter has its payment slip on the last page), read from 300 dpi renderings, sorted.
     */
    public static List<String> qrCodes(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 300, ImageType.GRAY);
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                try {
                    Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap,
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))).map(Result::getText).forEach(texts::add);
                } catch (NotFoundException none) {
                    // A page without a code, such as the first page of a long letter.
                }
            }
            return texts.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What keeps a PDF from being PDF/A-2b as far as these checks go (empty when none): XMP metadata declaring
     * part 2 conformance B, an output intent with its ICC profile, every font embedded, no encryption.
     */
    public static List<String> pdfA2bProblems(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> problems = new ArrayList<>();
            String xmp = metadata(document.getDocumentCatalog().getMetadata());
            if (!xmp.matches("(?s).*pdfaid:part(>|=\"|='|\\s*=\\s*\")2.*")
                    || !xmp.matches("(?s).*pdfaid:conformance(>|=\"|='|\\s*=\\s*\")B.*")) {
                problems.add("no XMP metadata declaring PDF/A-2b");
            }
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            if (intents.isEmpty() || intents.stream().anyMatch(intent -> intent.getDestOutputIntent() == null)) {
                problems.add("no output intent with an ICC profile");
            }
            fontsEmbedded(pdf).forEach((font, embedded) -> {
                if (!embedded) {
                    problems.add("font not embedded: " + font);
                }
            });
            if (document.isEncrypted()) {
                problems.add("encrypted");
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The colours set in the pages' content (and their forms) that are not grey, as the operator and its
     * operands, e.g. {@code 0.106 0.369 0.549 rg}; empty for a black-and-white letter.
     */
    public static Set<String> nonGreyColours(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> colours = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                collectColours(page, colours);
                collectFormColours(page.getResources(), colours, 0);
            }
            return colours;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFormColours(PDResources resources, Set<String> colours, int depth)
            throws IOException {
        if (resources == null || depth > 3) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectColours(form, colours);
                collectFormColours(form.getResources(), colours, depth + 1);
            }
        }
    }

    private static void collectColours(PDContentStream stream, Set<String> colours) throws IOException {
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(stream).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            List<Float> numbers = operands.stream().filter(COSNumber.class::isInstance)
                    .map(number -> ((COSNumber) number).floatValue()).toList();
            if (isColourOperator(operator.getName()) && !isGrey(numbers)) {
                colours.add(numbers.stream().map(String::valueOf).reduce("", (a, b) -> a + b + " ")
                        + operator.getName());
            }
            operands.clear();
        }
    }

    private static boolean isColourOperator(String name) {
        return List.of("rg", "RG", "k", "K", "sc", "SC", "scn", "SCN").contains(name);
    }

    /** Equal RGB components, or CMYK with no cyan, magenta or yellow, or a single grey level. */
    private static boolean isGrey(List<Float> components) {
        if (components.size() == 3) {
            return components.get(0).equals(components.get(1)) && components.get(1).equals(components.get(2));
        }
        if (components.size() == 4) {
            return components.get(0) == 0 && components.get(1) == 0 && components.get(2) == 0;
        }
        return components.size() <= 1;
    }

    private static String metadata(PDMetadata metadata) throws IOException {
        if (metadata == null) {
            return "";
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each font used on a page, by name, with whether the PDF carries the font program itself. */
    public static Map<String, Boolean> fontsEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Boolean> fonts = new TreeMap<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.put(font.getName(), font.isEmbedded());
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF file. */
    public static String text(Path pdf) {
        return text(read(pdf));
    }

    /** The QR code on the first page of a PDF file. */
    public static String qrCodeOnFirstPage(Path pdf) {
        return qrCodeOnFirstPage(read(pdf));
    }

    private static byte[] read(Path pdf) {
        try {
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
