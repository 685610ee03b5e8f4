package be.smartcredit.hub.casework;

import be.smartcredit.hub.platform.HubClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final HubClock clock;

    CallsController(Calls calls, JdbcClient jdbc, HubClock clock) {
        this.calls = calls;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? clock.today() : date;
        List<CallList.Entry> entries = jdbc.sql("""
                SELECT c.id, c.dossier_id, a.number, a.day_part, a.planned_at,
                       (SELECT COALESCE(sum(open_amount), 0) FROM claims WHERE dossier_id = c.dossier_id
                           AND status = 'OPEN') AS open,
                       (SELECT min(due_date) FROM claims WHERE dossier_id = c.dossier_id AND status = 'OPEN') AS due,
                       (SELECT max(on_date) FROM dossier_events WHERE dossier_id = c.dossier_id
                           AND kind IN ('LETTER_SENT', 'CALL_ATTEMPT')) AS contact
                  FROM call_campaigns c JOIN call_attempts a ON a.campaign_id = c.id
                 WHERE c.status = 'OPEN' AND a.recorded_at IS NULL
                   AND (a.planned_at AT TIME ZONE 'Europe/Brussels')::date = ?""")
                .param(day).query((rs, n) -> entry(rs.getLong("id"), rs.getLong("dossier_id"), rs.getInt("number"),
                        DayPart.valueOf(rs.getString("day_part")), rs.getObject("planned_at", OffsetDateTime.class),
                        rs.getBigDecimal("open"), rs.getObject("due", LocalDate.class),
                        rs.getObject("contact", LocalDate.class)))
                .list();
        return CallList.prioritised(entries).stream().map(e -> json(e, day)).toList();
    }

    @PostMapping("/{id}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> attempt(@PathVariable long id, @RequestBody AttemptReport report) {
        return Map.of("campaign", id, "effect", calls.record(id, report));
    }

    private static CallList.Entry entry(long campaign, long dossier, int number, DayPart part, OffsetDateTime at,
            BigDecimal open, LocalDate due, LocalDate contact) {
        ZonedDateTime from = at.atZoneSameInstant(HubClock.BRUSSELS);
        return new CallList.Entry(campaign, dossier, number, part, from, from.with(part.ends()), open, due, contact);
    }

    private static Map<String, Object> json(CallList.Entry e, LocalDate day) {
        return Map.of("campaign", e.campaignId(), "dossier", e.dossierId(), "attempt", e.attempt(),
                "window", e.window(), "from", e.from().toOffsetDateTime().toString(),
                "until", e.until().toOffsetDateTime().toString(), "open", e.open(), "ageDays", e.ageDays(day),
                "lastContact", e.lastContact() == null ? "" : e.lastContact().toString());
    }
}
