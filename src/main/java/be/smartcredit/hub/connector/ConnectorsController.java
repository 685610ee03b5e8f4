package be.smartcredit.hub.connector;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an admin reload the connector folders without a restart. */
@RestController
class ConnectorsController {

    private final Connectors connectors;

    ConnectorsController(Connectors connectors) {
        this.connectors = connectors;
    }

    @PostMapping("/api/v1/connectors/reload")
    Connectors.ConnectorsReloaded reload() {
        return connectors.reload();
    }

    @ExceptionHandler(ConnectorDefinitionException.class)
    ResponseEntity<Map<String, String>> refused(ConnectorDefinitionException mistake) {
        return ResponseEntity.unprocessableEntity().body(Map.of("reason", mistake.getMessage()));
    }
}
