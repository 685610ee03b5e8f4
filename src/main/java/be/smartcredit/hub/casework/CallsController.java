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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The phone campaign API (admin): the day's prioritised call list and recording an attempt. */
@RestController
@RequestMapping("/api/v1/calls")
class CallsController {

    private final Calls calls;
    private final HubClock clock;

    CallsController(Calls calls, HubClock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? clock.today() : date;
        List<CallList.Entry> entries = calls.plannedOn(day);
        return CallList.prioritised(entries).stream().map(e -> json(e, day)).toList();
    }

    @PostMapping("/{id}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> attempt(@PathVariable long id, @RequestBody AttemptReport report) {
        return Map.of("campaign", id, "effect", calls.record(id, report));
    }

    private static Map<String, Object> json(CallList.Entry e, LocalDate day) {
        return Map.of("campaign", e.campaignId(), "dossier", e.dossierId(), "attempt", e.attempt(),
                "window", e.window(), "from", e.from().toOffsetDateTime().toString(),
                "until", e.until().toOffsetDateTime().toString(), "open", e.open(), "ageDays", e.ageDays(day),
                "lastContact", e.lastContact() == null ? "" : e.lastContact().toString());
    }
}
