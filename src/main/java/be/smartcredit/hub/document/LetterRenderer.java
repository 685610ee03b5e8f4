package be.smartcredit.hub.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;
import net.sf.saxon.TransformerFactoryImpl;
import net.sf.saxon.lib.FeatureKeys;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.ConfigurationException;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.apache.fop.apps.MimeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Renders letters and invoices to PDF: the data goes as XML through its XSL-FO layout, then through FOP.
 *
 * <p>Build one and share it: the FOP factory (with its fonts) and the compiled layouts are made once, and
 * {@link #render} may be called from many threads at once.
 */
public final class LetterRenderer {

    private static final Logger log = LoggerFactory.getLogger(LetterRenderer.class);

    static final String LAYOUTS = "xslt/letters/";
    static final String FOP_CONFIGURATION = "document/fop.xconf";

    /**
     * FOP hands its base URI to Batik as a {@link java.net.URL}, which knows no {@code classpath:} scheme and
     * logs an error for every SVG. So FOP gets a {@code file:} base that names nothing; the layouts and the
     * configuration use absolute {@code classpath:/} references, and a relative one would land on this base and
     * be refused by {@link ClasspathResources}.
     */
    private static final URI FOP_BASE = URI.create("file:/letters-read-from-the-class-path-only/");

    private final ClasspathResources resources;
    private final FopFactory fopFactory;
    private final Map<LetterKind, Templates> layouts;
    private final Map<String, Templates> otherLayouts = new java.util.concurrent.ConcurrentHashMap<>();

    /** A renderer reading its layouts, fonts and configuration from this class's class path. */
    public LetterRenderer() {
        this(LetterRenderer.class.getClassLoader());
    }

    /** A renderer reading its layouts, fonts, configuration and logos through the given class loader. */
    public LetterRenderer(ClassLoader classLoader) {
        nameTheTransformerFactory();
        this.resources = new ClasspathResources(classLoader);
        this.fopFactory = newFopFactory(resources);
        this.layouts = compileLayouts(resources);
    }

    /** The reminder as a PDF document; throws {@link LetterRenderingException} when it cannot be rendered. */
    public byte[] render(ReminderLetter letter) {
        return render((Letter) letter);
    }

    /**
     * The letter as a PDF/A-2b document: a reminder, formal notice, lawyer's letter, payment plan confirmation or
     * closing letter; throws {@link LetterRenderingException} when it cannot be rendered.
     */
    public byte[] render(Letter letter) {
        long started = System.nanoTime();
        byte[] pdf = toPdf(letter.kind(), LetterXml.of(letter));
        log.debug("Rendered a letter kind='{}' bytes={} ms={}", letter.kind(), pdf.length,
                (System.nanoTime() - started) / 1_000_000);
        return pdf;
    }

    /**
     * The invoice or credit note of a stored UBL document as a PDF/A-2b document on the client's letterhead;
     * throws {@link LetterRenderingException}, naming the file, the element and the reason, when the document
     * cannot be read or rendered.
     */
    public byte[] render(InvoiceDocument invoice) {
        long started = System.nanoTime();
        UblInvoice ubl = UblInvoice.read(invoice.ubl(), invoice.fileName());
        byte[] pdf = toPdf(LetterKind.INVOICE, LetterXml.ofInvoice(invoice, ubl));
        log.debug("Rendered an invoice bytes={} ms={}", pdf.length, (System.nanoTime() - started) / 1_000_000);
        return pdf;
    }

    /**
     * Any other document as a PDF/A-2b document: {@code data} through the XSL-FO layout {@code layout}, a path
     * under {@code xslt/} (such as {@code casework/visit-report.xsl}), compiled once.
     */
    public byte[] render(String layout, Document data) {
        Templates templates = otherLayouts.computeIfAbsent(layout, file -> compile(newTransformerFactory(resources),
                resources, "../" + file));
        return toPdf(templates, data);
    }

    private byte[] toPdf(LetterKind kind, Document data) {
        return toPdf(layouts.get(kind), data);
    }

    private byte[] toPdf(Templates layout, Document data) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        RenderingEvents events = new RenderingEvents();
        transform(layout, data, newFop(events, pdf));
        events.requireNoProblems();
        return pdf.toByteArray();
    }

    private Fop newFop(RenderingEvents events, ByteArrayOutputStream pdf) {
        FOUserAgent userAgent = fopFactory.newFOUserAgent();
        userAgent.setProducer("Smart Credit Hub");
        userAgent.getEventBroadcaster().addEventListener(events);
        try {
            return fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
        } catch (FOPException e) {
            throw new LetterRenderingException("FOP could not start a PDF", e);
        }
    }

    private void transform(Templates layout, Document data, Fop fop) {
        try {
            Transformer transformer = layout.newTransformer();
            transformer.setURIResolver(resources);
            transformer.transform(new DOMSource(data), new SAXResult(fop.getDefaultHandler()));
        } catch (TransformerException | FOPException e) {
            throw new LetterRenderingException("the letter could not be laid out: " + e.getMessage(), e);
        }
    }

    /**
     * FOP asks {@link TransformerFactory#newInstance()} for a factory several times per letter (XMP metadata, image
     * loading), and unless one is named the JDK searches the class path's service files each time; inside Tomcat,
     * which turns off jar URL caching, that reopens and verifies every jar. Naming the factory that search finds
     * keeps the same factory and makes the look-up a class load.
     */
    private static synchronized void nameTheTransformerFactory() {
        String property = TransformerFactory.class.getName();
        if (System.getProperty(property) == null) {
            String found = TransformerFactory.newInstance().getClass().getName();
            System.setProperty(property, found);
            log.debug("Transformer factory named for letters: factory='{}'", found);
        }
    }

    private static FopFactory newFopFactory(ClasspathResources resources) {
        Configuration configuration;
        try (InputStream xml = resources.open(FOP_CONFIGURATION)) {
            configuration = new DefaultConfigurationBuilder().build(xml);
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("cannot read the FOP configuration " + FOP_CONFIGURATION, e);
        }
        FopFactoryBuilder builder = new FopFactoryBuilder(FOP_BASE, resources);
        builder.setConfiguration(ThreadSafeConfiguration.of(configuration));
        // Applying a configuration hands the font manager FOP's default resolver (FOP 2.11 behaviour); put ours
        // back, so that fonts still come from the class path only.
        builder.getFontManager().setResourceResolver(
                ResourceResolverFactory.createInternalResourceResolver(ClasspathResources.ROOT, resources));
        return builder.build();
    }

    private static TransformerFactoryImpl newTransformerFactory(ClasspathResources resources) {
        TransformerFactoryImpl factory = new TransformerFactoryImpl();
        // Layouts and their text bundles come from the class path only; nothing is fetched from elsewhere.
        factory.setURIResolver(resources);
        factory.setAttribute(FeatureKeys.ALLOWED_PROTOCOLS, ClasspathResources.SCHEME);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static Map<LetterKind, Templates> compileLayouts(ClasspathResources resources) {
        TransformerFactoryImpl factory = newTransformerFactory(resources);
        Map<String, Templates> byFile = new HashMap<>();
        Map<LetterKind, Templates> layouts = new EnumMap<>(LetterKind.class);
        for (LetterKind kind : LetterKind.values()) {
            layouts.put(kind, byFile.computeIfAbsent(kind.layout(), file -> compile(factory, resources, file)));
        }
        return layouts;
    }

    private static Templates compile(TransformerFactoryImpl factory, ClasspathResources resources, String file) {
        try {
            return factory.newTemplates(resources.resolve(file, ClasspathResources.ROOT.resolve(LAYOUTS).toString()));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot compile the letter layout " + LAYOUTS + file, e);
        }
    }
}
