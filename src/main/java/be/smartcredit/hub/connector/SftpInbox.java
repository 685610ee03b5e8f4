package be.smartcredit.hub.connector;

import be.smartcredit.hub.platform.HubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The hub's own SFTP server: one account per connector with a {@code channels.sftp-inbox} block, named after the
 * connector and confined to {@code <data-dir>/inbox/<connector>/}, where the folder routes take what is uploaded
 * to {@code peppol/} and {@code csv/}. SFTP only: no shell, no command, no port forwarding.
 */
@Component
public class SftpInbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SftpInbox.class);

    private final SftpInboxSettings sftp;
    private final HubSettings settings;
    private final Connectors connectors;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private SshServer server;

    SftpInbox(SftpInboxSettings sftp, HubSettings settings, Connectors connectors, PasswordEncoder encoder,
            Environment environment) {
        this.sftp = sftp;
        this.settings = settings;
        this.connectors = connectors;
        this.encoder = encoder;
        this.environment = environment;
    }

    // Limitation: no upload quota per account (the size limit applies when a file is taken), and an account sees
    // its own .archive folders, since they live under its root.
    @Override
    public synchronized void start() {
        if (!sftp.enabled()) {
            log.info("SFTP inbox is off (smartcredit.sftp.enabled=false).");
            return;
        }
        server = SshServer.setUpDefaultServer();
        server.setHost(sftp.host());
        server.setPort(sftp.port());
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKeyFile()));
        server.setPasswordAuthenticator((user, password, session) -> passwordMatches(user, password));
        server.setPublickeyAuthenticator((user, key, session) -> keyAuthorized(user, key, session));
        server.setKeyboardInteractiveAuthenticator(null);
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new ConnectorHomes());
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("SFTP inbox cannot listen on " + sftp.host() + ":" + sftp.port(), e);
        }
        log.info("SFTP inbox is listening: host='{}' port='{}'.", sftp.host(), port());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                log.warn("SFTP inbox did not stop cleanly: {}", e.getMessage());
            }
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isStarted();
    }

    /** The port it listens on, once started (the chosen one when the setting is 0). */
    public int port() {
        return server == null ? -1 : server.getPort();
    }

    private boolean passwordMatches(String user, String password) {
        boolean ok = account(user).map(inbox -> ConnectorSecrets.matches(inbox.password(), password, encoder,
                environment)).orElse(false);
        logAttempt(user, "password", ok);
        return ok;
    }

    private boolean keyAuthorized(String user, PublicKey key, ServerSession session) {
        Path keysFile = account(user).map(Connector.SftpInbox::authorizedKeys).orElse(null);
        boolean ok = keysFile != null && authorizedKeys(keysFile, session).stream()
                .anyMatch(known -> KeyUtils.compareKeys(known, key));
        logAttempt(user, "public key", ok);
        return ok;
    }

    private static List<PublicKey> authorizedKeys(Path file, SessionContext session) {
        try {
            List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(file);
            return PublicKeyEntry.resolvePublicKeyEntries(session, entries, PublicKeyEntryResolver.IGNORING);
        } catch (IOException | java.security.GeneralSecurityException e) {
            log.warn("Authorized keys cannot be read: file='{}' reason='{}'.", file, e.getMessage());
            return List.of();
        }
    }

    private java.util.Optional<Connector.SftpInbox> account(String user) {
        return connectors.find(user).map(c -> c.channels().sftpInbox());
    }

    private static void logAttempt(String user, String method, boolean ok) {
        if (ok) {
            log.info("SFTP login: connector='{}' method='{}'.", user, method);
        } else {
            log.warn("SFTP login refused: user='{}' method='{}'.", user.replaceAll("[^A-Za-z0-9._-]", "?"), method);
        }
    }

    private Path hostKeyFile() {
        Path folder = settings.dataDir().resolve("sftp");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return folder.resolve("host-key.ser");
    }

    /** Roots each session's file system at its connector's inbox folder, with the format folders in it. */
    private final class ConnectorHomes extends VirtualFileSystemFactory {

        @Override
        public Path getUserHomeDir(SessionContext session) throws IOException {
            Path home = settings.inbox().resolve(connectors.get(session.getUsername()).id()).toAbsolutePath();
            Files.createDirectories(home.resolve("peppol"));
            Files.createDirectories(home.resolve("csv"));
            return home;
        }
    }
}
