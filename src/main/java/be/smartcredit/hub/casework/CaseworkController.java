package be.smartcredit.hub.casework;

import be.smartcredit.hub.platform.HubClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The visits, handovers and partner costs API (admin). */
@RestController
class CaseworkController {

    private final Visits visits;
    private final Handovers handovers;
    private final PartnerUpdates updates;
    private final HubClock clock;

    CaseworkController(Visits visits, Handovers handovers, PartnerUpdates updates, HubClock clock) {
        this.visits = visits;
        this.handovers = handovers;
        this.updates = updates;
        this.clock = clock;
    }

    @GetMapping("/api/v1/mediators/{mediator}/visits")
    List<Map<String, Object>> visitPlan(@PathVariable String mediator, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return visits.planOf(mediator, date == null ? clock.today() : date);
    }

    @PostMapping("/api/v1/visits/{id}/report")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> report(@PathVariable long id, @RequestBody VisitReport report) {
        return Map.of("visit", id, "effect", visits.report(id, report));
    }

    @GetMapping("/api/v1/handovers")
    List<Map<String, Object>> handovers(@RequestParam(defaultValue = "DEAD") String status) {
        return handovers.list(status.toUpperCase());
    }

    @PostMapping("/api/v1/handovers/{id}/replay")
    Map<String, Object> replay(@PathVariable long id) {
        handovers.replay(id);
        return Map.of("handover", id, "status", "PENDING");
    }

    @GetMapping("/api/v1/dossiers/{id}/partner-costs")
    Map<String, Object> costs(@PathVariable long id) {
        return updates.costs(id);
    }
}
