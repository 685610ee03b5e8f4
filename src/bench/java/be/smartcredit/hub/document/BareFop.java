package be.smartcredit.hub.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import javax.xml.XMLConstants;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.TransformerFactoryImpl;
import net.sf.saxon.lib.FeatureKeys;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.ConfigurationException;
import org.apache.fop.configuration.DefaultConfigurationBuilder;

/**
 * The benchmark's baseline for letters: the XSL-FO the hub's reminder layout makes for a letter, and Apache FOP on
 * its own (the same configuration and fonts, no hub code in between) rendering that FO to PDF.
 */
public final class BareFop {

    private static final URI BASE = URI.create("file:/bench-fo-from-the-class-path-only/");

    private final ClasspathResources resources = new ClasspathResources(BareFop.class.getClassLoader());
    private final Templates reminderLayout = compileReminderLayout();
    private final FopFactory fopFactory = newFopFactory();
    private final TransformerFactory identity = TransformerFactory.newInstance();

    /** The FO document the hub's layout makes of this letter; not part of the baseline's timing. */
    public String foOf(Letter letter) {
        try {
            Transformer transformer = reminderLayout.newTransformer();
            transformer.setURIResolver(resources);
            StringWriter fo = new StringWriter(64 * 1024);
            transformer.transform(new DOMSource(LetterXml.of(letter)), new StreamResult(fo));
            return fo.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the reminder layout failed: " + e.getMessage(), e);
        }
    }

    /** FOP alone: the FO document to PDF bytes. */
    public byte[] render(String fo) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        try {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, fopFactory.newFOUserAgent(), pdf);
            Transformer copy;
            // A factory need not be thread-safe; the transformers it makes are used by one thread each.
            synchronized (identity) {
                copy = identity.newTransformer();
            }
            copy.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new IllegalStateException("FOP could not render the FO: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    private Templates compileReminderLayout() {
        TransformerFactoryImpl factory = new TransformerFactoryImpl();
        factory.setURIResolver(resources);
        factory.setAttribute(FeatureKeys.ALLOWED_PROTOCOLS, ClasspathResources.SCHEME);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            return factory.newTemplates(resources.resolve(LetterKind.REMINDER_1.layout(),
                    ClasspathResources.ROOT.resolve(LetterRenderer.LAYOUTS).toString()));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot compile the reminder layout", e);
        }
    }

    private FopFactory newFopFactory() {
        try (InputStream xml = resources.open(LetterRenderer.FOP_CONFIGURATION)) {
            Configuration configuration = new DefaultConfigurationBuilder().build(xml);
            FopFactoryBuilder builder = new FopFactoryBuilder(BASE, resources);
            // FOP's own configuration object reads its DOM on every newFop, which is not safe from two threads at once
            // (a NullPointerException inside FOP); the hub wraps it, and so does the baseline.
            builder.setConfiguration(ThreadSafeConfiguration.of(configuration));
            // As in the hub: the configuration resets the font resolver, which must read class path fonts.
            builder.getFontManager().setResourceResolver(
                    ResourceResolverFactory.createInternalResourceResolver(ClasspathResources.ROOT, resources));
            return builder.build();
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("cannot read the FOP configuration", e);
        }
    }
}
