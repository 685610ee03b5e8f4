package be.smartcredit.hub.claim;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.ConnectorSecrets;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.platform.HubClock;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP channel: a client's system posts one UBL document or CSV export with its connector's bearer token. The
 * body is kept in the connector's archive (or in quarantine with the reason) as if it had been dropped in a folder.
 */
@RestController
class DocumentsController {

    private static final Logger log = LoggerFactory.getLogger(DocumentsController.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    private final Connectors connectors;
    private final DocumentReception reception;
    private final HubClock clock;
    private final PasswordEncoder encoder;
    private final Environment environment;

    DocumentsController(Connectors connectors, DocumentReception reception, HubClock clock, PasswordEncoder encoder,
            Environment environment) {
        this.connectors = connectors;
        this.reception = reception;
        this.clock = clock;
        this.encoder = encoder;
        this.environment = environment;
    }

    @PostMapping("/api/v1/connectors/{id}/documents")
    ResponseEntity<Map<String, Object>> receive(@PathVariable String id,
            @RequestParam(name = "fileName", required = false) String fileName,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) throws IOException {
        Optional<Connector> connector = connectors.find(id).filter(c -> authorized(c, authorization));
        if (connector.isEmpty()) {
            log.warn("HTTP delivery refused: no valid token for connector='{}'.", id.replaceAll("[^a-z0-9-]", "?"));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Map.of("reason", "a valid bearer token of this connector is needed"));
        }
        String format = String.valueOf(request.getContentType()).contains("csv") ? InboundFiles.CSV : InboundFiles.UBL;
        String name = fileName != null ? fileName : "http-" + clock.now().format(STAMP) + "." + extension(format);
        Optional<byte[]> body = boundedBody(request, connector.get().maxFileBytes());
        if (body.isEmpty()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("file", name, "reason",
                    "the body is larger than the connector's limit of " + connector.get().maxFileBytes() + " bytes"));
        }
        return take(connector.get(), body.get(), name, format);
    }

    private ResponseEntity<Map<String, Object>> take(Connector connector, byte[] body, String name, String format) {
        DocumentReception.Received received = reception.take(connector, body, name, format, "http");
        if (received.refused()) {
            return ResponseEntity.unprocessableEntity().body(Map.of("file", name, "reason", received.refusal()));
        }
        InboundFiles.FileOutcome outcome = received.outcome();
        boolean nothingNew = outcome.duplicateFile() || outcome.duplicates() == outcome.claimIds().size();
        return ResponseEntity.status(nothingNew ? HttpStatus.OK : HttpStatus.CREATED).body(Map.of("file", name,
                "claims", outcome.claimIds(), "duplicates", outcome.duplicates(), "rejectedRows",
                outcome.rejectedRows(), "duplicateFile", outcome.duplicateFile()));
    }

    private boolean authorized(Connector connector, String authorization) {
        Connector.Http http = connector.channels().http();
        if (http == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return ConnectorSecrets.matches(http.token(), authorization.substring(7).trim(), encoder, environment);
    }

    // The declared length is checked first; a body without one is read up to one byte past the limit.
    private static Optional<byte[]> boundedBody(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            return body.length > limit ? Optional.empty() : Optional.of(body);
        }
    }

    private static String extension(String format) {
        return InboundFiles.CSV.equals(format) ? "csv" : "xml";
    }
}
