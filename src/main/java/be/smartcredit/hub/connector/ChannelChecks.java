package be.smartcredit.hub.connector;

import be.smartcredit.hub.connector.ConnectorFile.ChannelsFile;
import be.smartcredit.hub.connector.ConnectorFile.SftpPullFile;

/** Checks the {@code channels} block of a connector file; without one, only the folder channel is on. */
final class ChannelChecks {

    /** Files one poll of a client's SFTP folder downloads at most, unless the connector says otherwise. */
    static final int DEFAULT_BATCH_FILES = 100;

    private ChannelChecks() {
    }

    static Connector.Channels check(ChannelsFile channels, FieldChecks checks) {
        if (channels == null) {
            return new Connector.Channels(null, null, null);
        }
        Connector.SftpInbox inbox = channels.sftpInbox() == null ? null : new Connector.SftpInbox(
                checks.secret("channels.sftp-inbox.password", channels.sftpInbox().passwordHash(),
                        channels.sftpInbox().passwordEnv()),
                checks.fileInFolder("channels.sftp-inbox.authorized-keys", channels.sftpInbox().authorizedKeys()));
        if (inbox != null && inbox.password() == null && inbox.authorizedKeys() == null) {
            checks.problem("field 'channels.sftp-inbox' needs password-hash, password-env or authorized-keys");
        }
        Connector.Http http = channels.http() == null ? null : new Connector.Http(checks.secret(
                "channels.http.token", channels.http().tokenHash(), channels.http().tokenEnv()));
        if (http != null && http.token() == null) {
            checks.problem("field 'channels.http' needs token-hash or token-env");
        }
        return new Connector.Channels(inbox,
                pull(channels.sftpPull(), checks), http);
    }

    private static Connector.SftpPull pull(SftpPullFile pull, FieldChecks checks) {
        if (pull == null) {
            return null;
        }
        String field = "channels.sftp-pull.";
        checks.require(field + "host", pull.host(), "[A-Za-z0-9.:\\[\\]-]{1,253}");
        checks.require(field + "username", pull.username(), "[A-Za-z0-9._-]{1,64}");
        checks.optional(field + "format", ConnectorFile.lower(pull.format()), "ubl|csv");
        checks.positive(field + "port", pull.port());
        checks.positive(field + "delay-seconds", pull.delaySeconds());
        checks.positive(field + "batch-files", pull.batchFiles());
        if (pull.knownHosts() == null) {
            checks.problem("field '" + field + "known-hosts' is missing: the server's host key must be known");
        }
        Connector.Secret password = checks.secret(field + "password", pull.passwordHash(), pull.passwordEnv());
        if (pull.passwordHash() != null) {
            checks.problem("field '" + field + "password-hash' cannot be used: the hub must send the password "
                    + "itself, so name an environment variable in password-env");
        }
        java.nio.file.Path key = checks.fileInFolder(field + "private-key", pull.privateKey());
        if (password == null && pull.privateKey() == null) {
            checks.problem("field '" + field + "' needs password-env or private-key");
        }
        return new Connector.SftpPull(pull.host(), pull.port() == null ? 22 : pull.port(), pull.username(), password,
                key, checks.fileInFolder(field + "known-hosts", pull.knownHosts()),
                pull.directory() == null ? "." : pull.directory(),
                pull.format() == null ? "ubl" : ConnectorFile.lower(pull.format()),
                pull.delaySeconds() == null ? 60 : pull.delaySeconds(),
                pull.batchFiles() == null ? DEFAULT_BATCH_FILES : pull.batchFiles());
    }
}
