package be.smartcredit.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A print shop's SFTP server on the loopback address (Apache MINA SSHD): one user with a password, its
 * home a folder of the test, and a known-hosts file naming its host key for the client to check.
 */
public final class SftpPrintShop implements AutoCloseable {

    public static final String USER = "printshop";
    public static final String PASSWORD = "print-secret";

    private final SshServer server = SshServer.setUpDefaultServer();
    private final Path home;
    private final Path knownHosts;

    public SftpPrintShop(Path folder) {
        try {
            this.home = Files.createDirectories(folder.resolve("home"));
            Files.createDirectories(home.resolve("incoming"));
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(folder.resolve("host-key.ser")));
            server.setPasswordAuthenticator((user, password, session) -> USER.equals(user)
                    && PASSWORD.equals(password));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(home));
            server.start();
            KeyPair hostKey = server.getKeyPairProvider().loadKeys(null).iterator().next();
            this.knownHosts = folder.resolve("known_hosts");
            Files.writeString(knownHosts, "[127.0.0.1]:" + server.getPort() + " "
                    + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot start the test SFTP server", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path knownHosts() {
        return knownHosts;
    }

    /** The folder a path on the server (such as {@code incoming/2026-03-02}) is stored in. */
    public Path folder(String serverPath) {
        return home.resolve(serverPath);
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
