package be.smartcredit.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * TLS from the first byte in front of a plain server on the loopback address (GreenMail's SMTP), as an
 * {@code smtps} port works: it presents the certificate of the given context, and once a client has accepted
 * it, passes the bytes through both ways. A client that refuses the certificate never reaches the server.
 */
public final class TlsFront implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger refusedHandshakes = new AtomicInteger();

    public TlsFront(SSLContext tls, int upstreamPort) {
        try {
            this.server = tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.upstreamPort = upstreamPort;
        threads.submit(this::acceptAll);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many clients broke the handshake off (for one that does not trust the certificate). */
    public int refusedHandshakes() {
        return refusedHandshakes.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> relay((SSLSocket) client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(SSLSocket client) {
        try (client) {
            try {
                client.startHandshake();
            } catch (IOException e) {
                refusedHandshakes.incrementAndGet();
                return;
            }
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                threads.submit(() -> pass(client.getInputStream(), upstream.getOutputStream(), upstream));
                pass(upstream.getInputStream(), client.getOutputStream(), client);
            }
        } catch (IOException e) {
            // One side hung up; the other is closed with it.
        }
    }

    /** Copies until {@code from} ends, then closes {@code to} so the other direction ends as well. */
    private static Void pass(InputStream from, OutputStream to, Socket toSocket) throws IOException {
        try (toSocket) {
            byte[] buffer = new byte[8192];
            for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                to.write(buffer, 0, read);
                to.flush();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
