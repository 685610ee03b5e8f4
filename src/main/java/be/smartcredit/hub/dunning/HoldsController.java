package be.smartcredit.hub.dunning;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holds on a claim (admin only): dispute, promise to pay, temporary block, withdrawal. */
@RestController
@RequestMapping("/api/v1/claims/{claimId}/holds")
class HoldsController {

    private final DossierCommands commands;

    HoldsController(DossierCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> add(@PathVariable long claimId, @RequestBody HoldRequest request) {
        return Map.of("claim", claimId, "hold", commands.addHold(claimId, request.kind(), request.reason(),
                request.until()));
    }

    @DeleteMapping("/{holdId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable long claimId, @PathVariable long holdId) {
        commands.releaseHold(claimId, holdId);
    }

    /** A hold: its kind, why, and until when (promise and block need a date). */
    record HoldRequest(HoldKind kind, String reason, LocalDate until) {
    }
}
