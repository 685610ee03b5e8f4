package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.dunning.Dossiers;
import be.smartcredit.hub.dunning.HoldKind;
import be.smartcredit.hub.dunning.StepKind;
import be.smartcredit.hub.dunning.law.BelgianCalendar;
import be.smartcredit.hub.platform.HubClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone campaigns: a PHONE_CAMPAIGN task becomes a campaign with its first attempt planned; each recorded
 * attempt plans the next one or drives the dossier (hold, plan, dispute, next step) through
 * {@link DossierCommands}, and is written to the dossier's audit trail.
 */
@Service
public class Calls {

    private static final Logger log = LoggerFactory.getLogger(Calls.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierCommands commands;
    private final HubClock clock;
    private final CallSchedule schedule;

    Calls(JdbcClient jdbc, Dossiers dossiers, DossierCommands commands, HubClock clock, CaseworkSettings settings) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.commands = commands;
        this.clock = clock;
        this.schedule = new CallSchedule(new BelgianCalendar(), settings.callAttempts());
    }

    /** Opens a campaign for every phone task that has none; returns how many were opened. */
    @Transactional
    public int openCampaigns() {
        List<Map<String, Object>> tasks = jdbc.sql("""
                SELECT t.id, t.dossier_id, b.phone FROM tasks t JOIN dossiers d ON d.id = t.dossier_id
                  JOIN debtors b ON b.id = d.debtor_id
                 WHERE t.kind = 'PHONE_CAMPAIGN' AND t.status = 'OPEN'
                   AND NOT EXISTS (SELECT 1 FROM call_campaigns c WHERE c.task_id = t.id)
                 ORDER BY t.id FOR UPDATE OF t SKIP LOCKED""").query().listOfRows();
        tasks.forEach(task -> {
            long taskId = ((Number) task.get("id")).longValue();
            long dossierId = ((Number) task.get("dossier_id")).longValue();
            if (hasPhone((String) task.get("phone"))) {
                open(taskId, dossierId);
            } else {
                noPhone(taskId, dossierId);
            }
        });
        return tasks.size();
    }

    static boolean hasPhone(String phone) {
        return phone != null && !phone.isBlank();
    }

    /** No number to call: the step ends early, as for a debtor not reached, and the next step comes. */
    private void noPhone(long taskId, long dossierId) {
        jdbc.sql("UPDATE tasks SET status = 'DONE' WHERE id = ?").param(taskId).update();
        dossiers.recordEvent(dossierId, clock.today(), "NO_PHONE_NUMBER", "No phone campaign: the debtor has no "
                + "phone number.", "casework phone campaign");
        try {
            commands.moveOn(dossierId, StepKind.PHONE_CAMPAIGN, "the debtor has no phone number to call");
        } catch (DossierCommands.Conflict e) {
            log.info("Dossier not moved on after its phone step: dossier='{}' reason='{}'.", dossierId,
                    e.getMessage());
        }
        log.info("Phone campaign not opened, no phone number: dossier='{}'.", dossierId);
    }

    private void open(long taskId, long dossierId) {
        long campaignId = jdbc.sql("""
                INSERT INTO call_campaigns (dossier_id, task_id, status) VALUES (?, ?, 'OPEN') RETURNING id""")
                .params(dossierId, taskId).query(Long.class).single();
        CallSchedule.Attempt first = schedule.first(clock.now());
        plan(campaignId, first);
        dossiers.recordEvent(dossierId, clock.today(), "CALLS_PLANNED", "Phone campaign " + campaignId + ": "
                + schedule.maxAttempts() + " attempts at most, the first in the " + part(first) + " "
                + first.at().toLocalDate() + ".", "casework phone campaign");
        log.info("Phone campaign opened: dossier='{}' campaign='{}'.", dossierId, campaignId);
    }

    /** Records the campaign's pending attempt and carries out its effect; returns the effect. */
    @Transactional
    public CallEffect record(long campaignId, AttemptReport report) {
        LocalDate today = clock.today();
        Map<String, Object> campaign = lockOpen(campaignId);
        String problem = report.problem(today);
        if (problem != null) {
            throw new DossierCommands.BadRequest(problem);
        }
        long dossierId = ((Number) campaign.get("dossier_id")).longValue();
        if (report.outcome() == CallOutcome.WRONG_NUMBER && !hasPhone(phoneOf(dossierId))) {
            throw new DossierCommands.BadRequest("field 'outcome' WRONG_NUMBER is refused: the debtor of dossier "
                    + dossierId + " has no phone number");
        }
        List<CallSchedule.Attempt> made = attempts(campaignId);
        CallSchedule.Attempt current = made.get(made.size() - 1);

        jdbc.sql("""
                UPDATE call_attempts SET recorded_at = ?, outcome = ?, detail = ?
                 WHERE campaign_id = ? AND number = ?""")
                .params(clock.now().toOffsetDateTime(), report.outcome().name(), detail(report), campaignId,
                        current.number()).update();
        CallEffect effect = report.effect(current.number(), schedule.maxAttempts());
        dossiers.recordEvent(dossierId, today, "CALL_ATTEMPT", "Call attempt " + current.number() + " ("
                + part(current) + "): " + report.outcome() + detailText(report) + "; " + effect + ".",
                "casework phone campaign");
        apply(campaignId, dossierId, made, report, effect);
        log.info("Call attempt recorded: dossier='{}' campaign='{}' attempt='{}' outcome='{}' effect='{}'.",
                dossierId, campaignId, current.number(), report.outcome(), effect);
        return effect;
    }

    private void apply(long campaignId, long dossierId, List<CallSchedule.Attempt> made, AttemptReport report,
            CallEffect effect) {
        if (report.outcome() == CallOutcome.WRONG_NUMBER) {
            markPhoneBad(dossierId);
        }
        switch (effect) {
            case NEXT_ATTEMPT -> plan(campaignId, schedule.next(made).orElseThrow());
            case PROMISE_HOLD -> commands.holdDossier(dossierId, HoldKind.PROMISE, "promised on the phone to pay "
                    + report.amount().toPlainString() + " by " + report.promisedOn(), report.promisedOn());
            case PLAN -> commands.addPaymentPlan(dossierId, report.instalments());
            case DISPUTE_HOLD -> commands.holdDossier(dossierId, HoldKind.DISPUTE, report.reason(), null);
            case NEXT_STEP -> commands.moveOn(dossierId, StepKind.PHONE_CAMPAIGN, report.outcome().reached()
                    ? "the debtor refused to pay on the phone" : reasonUnreached(report, made.size()));
        }
        if (effect != CallEffect.NEXT_ATTEMPT) {
            close(campaignId, report.outcome());
        }
    }

    private String phoneOf(long dossierId) {
        return jdbc.sql("SELECT b.phone FROM debtors b JOIN dossiers d ON d.debtor_id = b.id WHERE d.id = ?")
                .param(dossierId).query(String.class).optional().orElse(null);
    }

    /** The debtor's phone number as it stands is wrong: no SMS goes to it until the debtor has another one. */
    private void markPhoneBad(long dossierId) {
        jdbc.sql("""
                UPDATE debtors SET bad_phone = phone WHERE id = (SELECT debtor_id FROM dossiers WHERE id = ?)""")
                .param(dossierId).update();
        dossiers.recordEvent(dossierId, clock.today(), "PHONE_MARKED_BAD", "The debtor's phone number is wrong; "
                + "no SMS is sent to it until another number comes in.", "casework phone campaign");
    }

    private static String reasonUnreached(AttemptReport report, int attempts) {
        return report.outcome() == CallOutcome.WRONG_NUMBER ? "the debtor's phone number is wrong"
                : "the debtor was not reached in " + attempts + " attempts";
    }

    private void close(long campaignId, CallOutcome outcome) {
        jdbc.sql("UPDATE call_campaigns SET status = 'DONE', outcome = ? WHERE id = ?")
                .params(outcome.name(), campaignId).update();
        jdbc.sql("UPDATE tasks SET status = 'DONE' WHERE id = (SELECT task_id FROM call_campaigns WHERE id = ?)")
                .param(campaignId).update();
    }

    private Map<String, Object> lockOpen(long campaignId) {
        Map<String, Object> campaign = jdbc.sql("SELECT dossier_id, status FROM call_campaigns WHERE id = ? FOR UPDATE")
                .param(campaignId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new DossierCommands.NotFound("no call campaign " + campaignId));
        if (!"OPEN".equals(campaign.get("status"))) {
            throw new DossierCommands.Conflict("call campaign " + campaignId + " is " + campaign.get("status"));
        }
        return campaign;
    }

    /** The dossier a call campaign works on, or empty when there is no such campaign. */
    public Optional<Long> dossierOf(long campaignId) {
        return jdbc.sql("SELECT dossier_id FROM call_campaigns WHERE id = ?").param(campaignId).query(Long.class)
                .optional();
    }

    /** The attempts still to make on {@code day}, in no particular order (see {@link CallList}). */
    public List<CallList.Entry> plannedOn(LocalDate day) {
        return jdbc.sql("""
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
    }

    private static CallList.Entry entry(long campaign, long dossier, int number, DayPart part, OffsetDateTime at,
            BigDecimal open, LocalDate due, LocalDate contact) {
        ZonedDateTime from = at.atZoneSameInstant(HubClock.BRUSSELS);
        return new CallList.Entry(campaign, dossier, number, part, from, from.with(part.ends()), open, due, contact);
    }

    /** The campaign's attempts so far, the pending one last. */
    List<CallSchedule.Attempt> attempts(long campaignId) {
        return jdbc.sql("SELECT number, day_part, planned_at FROM call_attempts WHERE campaign_id = ? ORDER BY number")
                .param(campaignId)
                .query((rs, n) -> new CallSchedule.Attempt(rs.getInt("number"), DayPart.valueOf(rs.getString(
                        "day_part")), rs.getObject("planned_at", OffsetDateTime.class)
                        .atZoneSameInstant(HubClock.BRUSSELS)))
                .list();
    }

    private void plan(long campaignId, CallSchedule.Attempt attempt) {
        jdbc.sql("INSERT INTO call_attempts (campaign_id, number, day_part, planned_at) VALUES (?, ?, ?, ?)")
                .params(campaignId, attempt.number(), attempt.part().name(), attempt.at().toOffsetDateTime())
                .update();
    }

    private static String part(CallSchedule.Attempt attempt) {
        ZonedDateTime at = attempt.at();
        return attempt.part().name().toLowerCase().replace('_', ' ') + " of " + at.getDayOfWeek();
    }

    private static String detail(AttemptReport report) {
        return detailText(report).replaceFirst("^: ", "") + (report.note() == null ? "" : " | " + report.note());
    }

    private static String detailText(AttemptReport report) {
        return switch (report.outcome()) {
            case VOICEMAIL -> ": template " + report.template();
            case PROMISE_TO_PAY -> ": " + report.amount().toPlainString() + " by " + report.promisedOn();
            case DISPUTE -> ": " + report.reason();
            case PAYMENT_PLAN -> ": " + report.instalments().size() + " instalment(s)";
            default -> "";
        };
    }
}
