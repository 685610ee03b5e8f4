package be.smartcredit.hub.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim as the API lists it. */
public record ClaimView(
        long id,
        String connectorId,
        String documentType,
        String number,
        String debtorName,
        BigDecimal amount,
        BigDecimal openAmount,
        String currency,
        LocalDate issueDate,
        LocalDate dueDate,
        String status,
        String lastStep,
        LocalDate lastStepOn,
        String structuredCommunication,
        String sourceFile,
        int ruleFailures,
        long debtorId,
        String dueDateBasis,
        Long dossierId) {

    static final String SELECT = """
            SELECT c.id, c.connector_id, c.document_type, c.number, d.name AS debtor_name, c.amount, c.open_amount,
                   c.currency, c.issue_date, c.due_date, c.status, c.last_step, c.last_step_on,
                   c.structured_communication, c.source_file,
                   (SELECT count(*) FROM claim_rule_failures f WHERE f.claim_id = c.id) AS rule_failures,
                   c.debtor_id, c.due_date_basis, c.dossier_id
              FROM claims c JOIN debtors d ON d.id = c.debtor_id""";
}
