package be.smartcredit.hub.portal;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Work the pay page leaves for an agent: payment-plan requests and chats the assistant handed over. */
@Repository
class PortalTasks {

    private static final Logger log = LoggerFactory.getLogger(PortalTasks.class);

    /** What a task asks of the agent. */
    enum Kind { PLAN_REQUEST, CHAT_HANDOVER }

    private final JdbcClient jdbc;

    PortalTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long dossierId, Kind kind, String detail) {
        long id = jdbc.sql("INSERT INTO portal_tasks (dossier_id, kind, detail) VALUES (?, ?, ?) RETURNING id")
                .params(dossierId, kind.name(), detail).query(Long.class).single();
        log.info("Task for an agent: task='{}' dossier='{}' kind='{}'.", id, dossierId, kind);
        return id;
    }

    List<TaskLine> open(int limit) {
        return jdbc.sql("""
                SELECT t.id, t.dossier_id, d.connector_id, t.kind, t.detail, t.created_at
                  FROM portal_tasks t JOIN dossiers d ON d.id = t.dossier_id
                 WHERE t.status = 'OPEN' ORDER BY t.created_at, t.id LIMIT ?""").param(limit)
                .query(TaskLine.class).list();
    }

    /** Marks an open task done; the dossier it was about, or null when there is no such open task. */
    Long done(long taskId, String username) {
        return jdbc.sql("""
                UPDATE portal_tasks SET status = 'DONE', done_by = ? WHERE id = ? AND status = 'OPEN'
                RETURNING dossier_id""").params(username, taskId).query(Long.class).optional().orElse(null);
    }

    /** One open task in the agent's list. */
    record TaskLine(long id, long dossierId, String connectorId, String kind, String detail,
            OffsetDateTime createdAt) {
    }
}
