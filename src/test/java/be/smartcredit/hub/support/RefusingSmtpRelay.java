package be.smartcredit.hub.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMTP relay in front of a real server (GreenMail) that answers {@code 550 5.1.1} to RCPT TO for
 * the addresses it is told to refuse, as a mail server does for an unknown mailbox, and passes every
 * other command and reply through unchanged.
 */
public final class RefusingSmtpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private final Set<String> refused;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    public RefusingSmtpRelay(int upstreamPort, Set<String> refused) {
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.upstreamPort = upstreamPort;
        this.refused = Set.copyOf(refused);
        threads.submit(this::acceptAll);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            BufferedReader fromClient = reader(client);
            Writer toClient = writer(client);
            BufferedReader fromServer = reader(upstream);
            Writer toServer = writer(upstream);
            passReply(fromServer, toClient);
            for (String line = fromClient.readLine(); line != null; line = fromClient.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("RCPT TO:") && isRefused(line)) {
                    send(toClient, "550 5.1.1 " + line.substring(8).trim() + ": Recipient address rejected: "
                            + "User unknown");
                    continue;
                }
                send(toServer, line);
                String reply = passReply(fromServer, toClient);
                if (command.equals("DATA") && reply.startsWith("354")) {
                    passData(fromClient, toServer);
                    passReply(fromServer, toClient);
                } else if (command.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client or the server hung up; nothing to relay any more.
        }
    }

    private boolean isRefused(String rcpt) {
        String lower = rcpt.toLowerCase(Locale.ROOT);
        return refused.stream().anyMatch(address -> lower.contains("<" + address.toLowerCase(Locale.ROOT) + ">"));
    }

    private static void passData(BufferedReader from, Writer to) throws IOException {
        for (String line = from.readLine(); line != null; line = from.readLine()) {
            send(to, line);
            if (line.equals(".")) {
                return;
            }
        }
    }

    /** Passes one (possibly multi-line) reply through; returns its last line. */
    private static String passReply(BufferedReader from, Writer to) throws IOException {
        String line;
        do {
            line = from.readLine();
            if (line == null) {
                throw new IOException("server closed the connection");
            }
            to.write(line + "\r\n");
        } while (line.length() > 3 && line.charAt(3) == '-');
        to.flush();
        return line;
    }

    private static void send(Writer to, String line) throws IOException {
        to.write(line + "\r\n");
        to.flush();
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static Writer writer(Socket socket) throws IOException {
        return new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
