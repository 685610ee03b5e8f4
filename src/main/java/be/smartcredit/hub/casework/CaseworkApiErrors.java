package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.DossierCommands;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the casework's refusals into answers that say why: 404, 400 naming the field, 409. */
@RestControllerAdvice(assignableTypes = {CallsController.class, CaseworkController.class,
        PartnerWebhookController.class})
class CaseworkApiErrors {

    @ExceptionHandler(DossierCommands.NotFound.class)
    ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("reason", e.getMessage()));
    }

    @ExceptionHandler(DossierCommands.BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("reason", e.getMessage()));
    }

    @ExceptionHandler(DossierCommands.Conflict.class)
    ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("reason", e.getMessage()));
    }
}
