package be.smartcredit.hub.privacy;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.privacy.RetentionRule.Stage;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily retention job: applies {@link RetentionRule} to every debtor whose dossiers are all closed, erasing
 * contact details and later anonymising the name and identifiers, each once.
 */
@Service
@EnableConfigurationProperties(RetentionSettings.class)
public class DebtorRetention {

    private static final Logger log = LoggerFactory.getLogger(DebtorRetention.class);

    private final JdbcClient jdbc;
    private final HubClock clock;
    private final RetentionRule rule;

    DebtorRetention(JdbcClient jdbc, HubClock clock, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rule = new RetentionRule(settings.eraseContactAfter(), settings.accountingRetention());
    }

    /** Runs the rule for today; returns how many debtors changed. */
    @Transactional
    public int applyToday() {
        LocalDate today = clock.today();
        int erased = 0;
        int anonymised = 0;
        for (Candidate debtor : candidates()) {
            Stage stage = rule.stageOn(today, debtor.lastClosedOn(), debtor.active());
            if (stage == Stage.ANONYMISED) {
                anonymise(debtor.id(), today);
                anonymised++;
            } else if (stage == Stage.CONTACT_ERASED && !Stage.CONTACT_ERASED.name().equals(debtor.personalData())) {
                eraseContact(debtor.id(), today);
                erased++;
            }
        }
        log.info("Personal data retention applied: day='{}' contactErased='{}' anonymised='{}'.", today, erased,
                anonymised);
        return erased + anonymised;
    }

    /** Debtors with at least one closed dossier that are not anonymised yet. */
    private List<Candidate> candidates() {
        return jdbc.sql("""
                SELECT d.id, d.personal_data, max(ds.closed_on) AS last_closed_on,
                       bool_or(ds.status <> 'CLOSED')
                         OR EXISTS (SELECT 1 FROM claims c WHERE c.debtor_id = d.id AND c.status = 'OPEN') AS active
                  FROM debtors d JOIN dossiers ds ON ds.debtor_id = d.id
                 WHERE d.personal_data <> 'ANONYMISED'
                 GROUP BY d.id, d.personal_data""").query(Candidate.class).list();
    }

    // Limitation: archived and quarantined files, print PDFs, .eml files and payment counterparty names keep the data.
    private void eraseContact(long debtorId, LocalDate today) {
        jdbc.sql("""
                UPDATE debtors SET street = NULL, additional_street = NULL, postcode = NULL, city = NULL,
                       email = NULL, email_key = NULL, phone = NULL,
                       personal_data = 'CONTACT_ERASED', personal_data_changed_on = ?
                 WHERE id = ?""").params(today, debtorId).update();
        jdbc.sql("DELETE FROM debtor_accounts WHERE debtor_id = ?").param(debtorId).update();
        log.info("Debtor contact details erased: debtor='{}'.", debtorId);
    }

    private void anonymise(long debtorId, LocalDate today) {
        eraseContact(debtorId, today);
        jdbc.sql("""
                UPDATE debtors SET name = 'anonymised debtor ' || id, identity_key = 'anonymised-' || id,
                       vat_id = NULL, company_id = NULL, endpoint_id = NULL, vat_key = NULL, enterprise_key = NULL,
                       endpoint_key = NULL, personal_data = 'ANONYMISED', personal_data_changed_on = ?
                 WHERE id = ?""").params(today, debtorId).update();
        log.info("Debtor anonymised: debtor='{}'.", debtorId);
    }

    private record Candidate(long id, String personalData, LocalDate lastClosedOn, boolean active) {
    }
}
