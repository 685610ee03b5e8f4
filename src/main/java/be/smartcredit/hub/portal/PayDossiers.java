package be.smartcredit.hub.portal;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.document.LetterLanguage;
import be.smartcredit.hub.document.LetterLanguages;
import be.smartcredit.hub.dunning.DossierViews;
import be.smartcredit.hub.dunning.ProcedureStep;
import be.smartcredit.hub.dunning.Procedures;
import be.smartcredit.hub.dunning.StatementCalculator;
import be.smartcredit.hub.dunning.StepKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the pay page reads about a dossier besides its statement: the debtor's language, claims, reference, step. */
@Repository
class PayDossiers {

    private final JdbcClient jdbc;
    private final Procedures procedures;
    private final Connectors connectors;

    PayDossiers(JdbcClient jdbc, Procedures procedures, Connectors connectors) {
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.connectors = connectors;
    }

    List<Long> openClaims(long dossierId) {
        return jdbc.sql("SELECT id FROM claims WHERE dossier_id = ? AND status = 'OPEN' ORDER BY id")
                .param(dossierId).query(Long.class).list();
    }

    /** The debtor's stored language, else the language of a Belgian postcode's region, else the client's. */
    String debtorLanguage(long dossierId) {
        return jdbc.sql("""
                SELECT b.language, b.country_code, b.postcode, d.connector_id
                  FROM dossiers d JOIN debtors b ON b.id = d.debtor_id WHERE d.id = ?""")
                .param(dossierId)
                .query((rs, row) -> LetterLanguages.forDebtor(rs.getString("language"), rs.getString("country_code"),
                        rs.getString("postcode"), clientDefault(rs.getString("connector_id"))).code())
                .optional().orElse(LetterLanguage.NL.code());
    }

    private LetterLanguage clientDefault(String connectorId) {
        return connectors.find(connectorId).map(c -> LetterLanguage.parse(c.debtors().defaultLanguage()))
                .orElse(LetterLanguage.NL);
    }

    /** The oldest open claim's structured communication, as the dossier's letters carry it. */
    StructuredCommunication communication(long dossierId) {
        String digits = jdbc.sql("""
                SELECT structured_communication FROM claims WHERE dossier_id = ? AND status = 'OPEN'
                 ORDER BY due_date, id LIMIT 1""").param(dossierId).query(String.class).optional().orElse(null);
        return digits == null ? null : StructuredCommunication.parse(digits).orElse(null);
    }

    /** The procedure's step after the dossier's stage, if any: what follows when the debtor does not pay. */
    Optional<StepKind> nextStep(DossierViews.Summary dossier) {
        Optional<StepKind> stage = java.util.Arrays.stream(StepKind.values())
                .filter(kind -> kind.name().equals(dossier.stage())).findFirst();
        return procedures.find(dossier.procedureName()).flatMap(procedure -> stage.isEmpty()
                ? procedure.steps().stream().findFirst()
                : procedure.stepsAfter(stage.get()).stream().findFirst()).map(ProcedureStep::kind);
    }

    /**
     * The assistant's facts in the page's language: the statement's figures, the creditor's account and the step
     * that follows.
     */
    PayAssistant.Facts facts(String language, DossierViews.Summary dossier, StatementCalculator.Statement statement,
            Connector creditor, boolean payOnline) {
        StructuredCommunication communication = communication(dossier.id());
        List<PayAssistant.Claim> claims = statement.claims().stream().map(line -> new PayAssistant.Claim(
                line.number(), line.issueDate(), line.dueDate(), line.open())).toList();
        Optional<StepKind> next = dossier.nextReviewOn() == null ? Optional.empty() : nextStep(dossier);
        // Limitation: amounts are taken to be in euro, as the EPC QR code and the statement assume.
        return new PayAssistant.Facts(language, creditor.name(), "EUR", claims,
                statement.principalOpen(), statement.interest(), statement.fees(), statement.total(), creditor.iban(),
                creditor.bic(), communication == null ? "-" : communication.formatted(),
                next.map(Enum::name).orElse(null), nextStepFrom(dossier), payOnline);
    }

    /**
     * The first day the next step may come: the dossier's review, but never before the day after the last letter's
     * term ended (a review only looks; the term decides).
     */
    private LocalDate nextStepFrom(DossierViews.Summary dossier) {
        if (dossier.nextReviewOn() == null) {
            return null;
        }
        LocalDate termEnded = jdbc.sql("""
                SELECT max(term_ends_on) FROM dunning_actions
                 WHERE dossier_id = ? AND status IN ('SENT', 'SENT_BY_HAND')""")
                .param(dossier.id()).query(LocalDate.class).optional().orElse(null);
        return termEnded == null || termEnded.isBefore(dossier.nextReviewOn()) ? dossier.nextReviewOn()
                : termEnded.plusDays(1);
    }
}
