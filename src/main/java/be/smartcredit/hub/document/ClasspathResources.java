package be.smartcredit.hub.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.stream.StreamSource;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The only way FOP and Saxon reach resources when rendering a letter: {@code classpath:/...} URIs, read from the
 * class path and kept in memory; every other scheme (file, http, ...) is refused.
 */
final class ClasspathResources implements ResourceResolver, URIResolver {

    static final String SCHEME = "classpath";
    static final URI ROOT = URI.create(SCHEME + ":/");

    private final ClassLoader classLoader;
    // Fonts and templates are read for every letter; the set is small and fixed, so the cache needs no bound.
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    ClasspathResources(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        return new Resource(new ByteArrayInputStream(bytes(uri)));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("rendering a letter writes no side files, refused " + uri);
    }

    @Override
    public Source resolve(String href, String base) throws TransformerException {
        URI uri = (base == null || base.isEmpty() ? ROOT : URI.create(base)).resolve(href);
        try {
            return new StreamSource(new ByteArrayInputStream(bytes(uri)), uri.toString());
        } catch (IOException e) {
            throw new TransformerException(e.getMessage(), e);
        }
    }

    /** A stream over a class path resource given by its path from the root, e.g. {@code document/fop.xconf}. */
    InputStream open(String path) throws IOException {
        return new ByteArrayInputStream(bytes(ROOT.resolve(path)));
    }

    private byte[] bytes(URI uri) throws IOException {
        String path = pathOf(uri);
        try {
            return cache.computeIfAbsent(path, this::read);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String pathOf(URI uri) throws IOException {
        URI normal = uri.normalize();
        String path = normal.getPath();
        if (!SCHEME.equals(normal.getScheme()) || path == null || !path.startsWith("/") || path.contains("..")) {
            throw new IOException("letters read class path resources only, refused " + uri);
        }
        return path.substring(1);
    }

    private byte[] read(String path) {
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no class path resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
