package be.smartcredit.hub.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbound files taken so far, by content hash per connector: the same file delivered twice is taken once. */
@Repository
public class ReceivedFiles {

    private final JdbcClient jdbc;

    ReceivedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name under which the same content was taken before, if it was. */
    public Optional<String> earlierName(String connectorId, String sha256) {
        return jdbc.sql("SELECT file_name FROM received_files WHERE connector_id = ? AND content_sha256 = ?")
                .params(connectorId, sha256).query(String.class).optional();
    }

    // Recorded after the claims: a crash in between only makes the file be read again, and claims are idempotent.
    public void record(String connectorId, String sha256, String fileName, String channel) {
        jdbc.sql("INSERT INTO received_files (connector_id, content_sha256, file_name, channel) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(connectorId, sha256, fileName, channel).update();
    }

    /**
     * Gives the claims a file named their correlation id, unless they have one: claims are stored with the id of
     * the file being read, so this reaches only claims stored without one.
     */
    public void correlate(List<Long> claimIds, String correlationId) {
        if (claimIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE claims SET correlation_id = ? WHERE id = ANY(?) AND correlation_id IS NULL")
                .params(correlationId, claimIds.toArray(Long[]::new)).update();
    }
}
