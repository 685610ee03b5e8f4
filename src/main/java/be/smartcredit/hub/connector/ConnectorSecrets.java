package be.smartcredit.hub.connector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password or token a client presents against a connector's {@link Connector.Secret}: its hash in the
 * connector file, or the value of the environment variable the file names.
 */
public final class ConnectorSecrets {

    private ConnectorSecrets() {
    }

    /** Whether {@code presented} is the secret; false for an unset variable or an empty value. */
    public static boolean matches(Connector.Secret secret, String presented, PasswordEncoder encoder,
            Environment environment) {
        if (secret == null || presented == null || presented.isEmpty()) {
            return false;
        }
        if (secret.hash() != null && encoder.matches(presented, secret.hash())) {
            return true;
        }
        return value(secret, environment).map(expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    /** The value of the named environment variable (or a setting of that name), when it is set and not empty. */
    public static Optional<String> value(Connector.Secret secret, Environment environment) {
        if (secret == null || secret.env() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(environment.getProperty(secret.env())).filter(v -> !v.isEmpty());
    }
}
