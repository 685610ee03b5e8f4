package be.smartcredit.hub.portal;

import be.smartcredit.hub.dunning.Dossiers;
import be.smartcredit.hub.platform.HubClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every portal action to the audit trail: a dossier's own trail ({@code dossier_events}) for what touches a
 * dossier, {@code portal_events} for the rest (log-ins, uploads, exports, users added).
 */
@Component
class PortalAudit {

    private static final Logger log = LoggerFactory.getLogger(PortalAudit.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final HubClock clock;

    PortalAudit(JdbcClient jdbc, Dossiers dossiers, HubClock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    void dossier(String username, long dossierId, String kind, String detail) {
        dossiers.recordEvent(dossierId, clock.today(), kind, detail + " (portal user " + username + ")", "portal");
        log.info("Portal action: user='{}' dossier='{}' kind='{}'.", username, dossierId, kind);
    }

    void general(String username, String connectorId, String kind, String detail) {
        jdbc.sql("INSERT INTO portal_events (username, connector_id, kind, detail) VALUES (?, ?, ?, ?)")
                .params(username, connectorId, kind, detail).update();
        log.info("Portal action: user='{}' connector='{}' kind='{}'.", username, connectorId, kind);
    }
}
