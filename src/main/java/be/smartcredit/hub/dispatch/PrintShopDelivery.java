package be.smartcredit.hub.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.springframework.stereotype.Component;

/**
 * Hands a closed batch to the print shop: over SFTP to {@code <directory>/<date>/} when a host is set
 * (each file under a temporary name, then renamed; the {@code done} marker last), else by leaving the
 * {@code done} marker in the local batch folder. The server's host key must be in the known-hosts file.
 */
@Component
class PrintShopDelivery {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ChannelSettings.Sftp sftp;

    PrintShopDelivery(ChannelSettings settings) {
        this.sftp = settings.printShop().sftp();
    }

    /** Delivers the files (the letters and the manifests) of the batch folder; returns where they went. */
    String deliver(LocalDate batchDate, Path folder, List<String> files) {
        if (!sftp.configured()) {
            PrintBatches.write(folder, PrintManifest.DONE, batchDate + "\n");
            return folder.toString();
        }
        try {
            return upload(batchDate, folder, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver print batch " + batchDate + " to sftp://" + sftp.host()
                    + ":" + sftp.port() + ": " + e.getMessage(), e);
        }
    }

    private String upload(LocalDate batchDate, Path folder, List<String> files) throws IOException {
        if (sftp.knownHosts() == null) {
            throw new IOException("smartcredit.print-shop.sftp.known-hosts is not set: the print shop's host key "
                    + "cannot be checked");
        }
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE,
                    sftp.knownHosts()));
            client.start();
            try (ClientSession session = client.connect(sftp.user(), sftp.host(), sftp.port())
                    .verify(TIMEOUT).getSession()) {
                authenticate(session);
                try (SftpClient channel = SftpClientFactory.instance().createSftpClient(session)) {
                    String target = directory(channel, batchDate);
                    for (String file : files) {
                        put(channel, folder.resolve(file), target, file);
                    }
                    put(channel, null, target, PrintManifest.DONE);
                    return "sftp://" + sftp.host() + ":" + sftp.port() + target;
                }
            }
        }
    }

    private void authenticate(ClientSession session) throws IOException {
        if (sftp.password() != null && !sftp.password().isEmpty()) {
            session.addPasswordIdentity(sftp.password());
        }
        if (sftp.privateKey() != null) {
            new FileKeyPairProvider(sftp.privateKey()).loadKeys(session).forEach(session::addPublicKeyIdentity);
        }
        session.auth().verify(TIMEOUT);
    }

    private String directory(SftpClient client, LocalDate batchDate) throws IOException {
        String base = sftp.directory().endsWith("/") ? sftp.directory() : sftp.directory() + "/";
        String target = base + batchDate;
        if (!exists(client, target)) {
            client.mkdir(target);
        }
        return target;
    }

    private static void put(SftpClient client, Path source, String directory, String name) throws IOException {
        String temporary = directory + "/." + name + ".part";
        try (OutputStream out = client.write(temporary)) {
            if (source != null) {
                Files.copy(source, out);
            }
        }
        String target = directory + "/" + name;
        if (exists(client, target)) {
            client.remove(target);
        }
        client.rename(temporary, target);
    }

    private static boolean exists(SftpClient client, String path) throws IOException {
        try {
            client.stat(path);
            return true;
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return false;
            }
            throw e;
        }
    }
}
