package be.smartcredit.hub.portal;

import be.smartcredit.hub.platform.HubSettings;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's users, kept in the database with BCrypt password hashes. At start, when no admin exists, the admin
 * named by {@code smartcredit.portal.admin-user} is created; admins add every other user.
 */
@Component
class PortalAccounts {

    private static final Logger log = LoggerFactory.getLogger(PortalAccounts.class);
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_OUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final HubSettings settings;

    PortalAccounts(JdbcClient jdbc, HubSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    static BCryptPasswordEncoder encoder() {
        return BCRYPT;
    }

    PortalUser load(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no portal user by that name"));
    }

    Optional<PortalUser> find(String username) {
        return jdbc.sql("""
                SELECT id, username, password_hash, role, language,
                       coalesce(locked_until > now(), false) AS locked
                  FROM portal_users WHERE username = ? AND enabled""").param(username)
                .query((rs, n) -> new PortalUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), PortalUser.Role.valueOf(rs.getString("role")),
                        rs.getString("language"), connectorsOf(rs.getLong("id")), rs.getBoolean("locked")))
                .optional();
    }

    private Set<String> connectorsOf(long userId) {
        return new HashSet<>(jdbc.sql("SELECT connector_id FROM portal_user_connectors WHERE user_id = ?")
                .param(userId).query(String.class).list());
    }

    /** Adds a user; a CLIENT must be bound to at least one connector. Returns the user's id. */
    @Transactional
    long add(String username, String password, PortalUser.Role role, String language, List<String> connectors) {
        checkNewUser(username, password, role, connectors);
        long id = jdbc.sql("""
                INSERT INTO portal_users (username, password_hash, role, language) VALUES (?, ?, ?, ?)
                RETURNING id""").params(username, BCRYPT.encode(password), role.name(), language)
                .query(Long.class).single();
        connectors.forEach(c -> jdbc.sql("INSERT INTO portal_user_connectors (user_id, connector_id) VALUES (?, ?)")
                .params(id, c).update());
        log.info("Portal user added: user='{}' role='{}' connectors='{}'.", id, role, connectors.size());
        return id;
    }

    private void checkNewUser(String username, String password, PortalUser.Role role, List<String> connectors) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new IllegalArgumentException("the user name must be 3 to 100 letters, digits or . _ @ -");
        }
        checkPassword(password);
        if (role == PortalUser.Role.CLIENT && connectors.isEmpty()) {
            throw new IllegalArgumentException("a client user must be bound to at least one connector");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("a user named '" + username + "' exists already");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("the password must have at least 12 characters");
        }
    }

    /** Gives a user a new password and lifts a lock-out; false when there is no such user. */
    @Transactional
    boolean changePassword(String username, String password) {
        checkPassword(password);
        return jdbc.sql("""
                UPDATE portal_users SET password_hash = ?, failed_logins = 0, locked_until = NULL
                 WHERE username = ?""").params(BCRYPT.encode(password), username).update() == 1;
    }

    /** Whether {@code password} is the user's current one (for a user changing their own password). */
    boolean hasPassword(String username, String password) {
        return find(username).map(user -> BCRYPT.matches(password, user.passwordHash())).orElse(false);
    }

    /**
     * Enables or disables a user and lifts a lock-out; a disabled user can no longer log in. The last enabled admin
     * cannot be disabled. False when there is no such user.
     */
    @Transactional
    boolean enable(String username, boolean enabled) {
        boolean admin = find(username).filter(u -> u.role() == PortalUser.Role.ADMIN).isPresent();
        if (!enabled && admin && enabledAdmins() == 1) {
            throw new IllegalArgumentException("the last enabled admin cannot be disabled");
        }
        return jdbc.sql("""
                UPDATE portal_users SET enabled = ?, failed_logins = 0, locked_until = NULL
                 WHERE username = ?""").params(enabled, username).update() == 1;
    }

    private long enabledAdmins() {
        return jdbc.sql("SELECT count(*) FROM portal_users WHERE role = 'ADMIN' AND enabled").query(Long.class)
                .single();
    }

    /**
     * Counts a failed log-in; the {@value #MAX_FAILED_LOGINS}th in a row locks the account for {@link #LOCK_OUT}.
     * Returns whether the account is locked now.
     */
    @Transactional
    boolean failedLogin(String username) {
        return jdbc.sql("""
                UPDATE portal_users SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= ? THEN now() + make_interval(mins => ?)
                                           ELSE locked_until END
                 WHERE username = ? AND enabled
                RETURNING coalesce(locked_until > now(), false)""")
                .params(MAX_FAILED_LOGINS, (int) LOCK_OUT.toMinutes(), username).query(Boolean.class).optional()
                .orElse(false);
    }

    /** A successful log-in starts the count of failures again. */
    void loggedIn(String username) {
        jdbc.sql("UPDATE portal_users SET failed_logins = 0, locked_until = NULL WHERE username = ?")
                .param(username).update();
    }

    List<UserLine> list() {
        return jdbc.sql("""
                SELECT u.username, u.role, u.language, u.enabled, coalesce(u.locked_until > now(), false) AS locked,
                       (SELECT string_agg(c.connector_id, ', ' ORDER BY c.connector_id)
                          FROM portal_user_connectors c WHERE c.user_id = u.id) AS connectors
                  FROM portal_users u ORDER BY u.username""").query(UserLine.class).list();
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFirstAdmin() {
        boolean adminExists = jdbc.sql("SELECT count(*) FROM portal_users WHERE role = 'ADMIN'")
                .query(Long.class).single() > 0;
        if (adminExists) {
            return;
        }
        HubSettings.Portal portal = settings.portal();
        String password = portal.adminPassword();
        if (password == null || password.isBlank()) {
            password = randomPassword();
            log.warn("No portal admin password set (SMARTCREDIT_PORTAL_ADMIN_PASSWORD); the first portal admin "
                    + "'{}' gets this one: {}", portal.adminUser(), password);
        }
        add(portal.adminUser(), password, PortalUser.Role.ADMIN, "en", List.of());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** One user in the admin's list. */
    record UserLine(String username, String role, String language, boolean enabled, boolean locked,
            String connectors) {
    }
}
