package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.PartnerCosts;
import be.smartcredit.hub.dunning.StatementCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a lawyer or bailiff receives about a dossier, as the contract {@code docs/casework-openapi.yaml} names
 * it: the client, the debtor, the claims, the full calculation, the contact history and every document sent.
 *
 * @param handoverId the idempotency key: the same handover always carries the same id
 * @param partner {@code lawyer} or {@code bailiff}
 * @param step the procedure step handed over (LAWYER_LETTER, BAILIFF_NOTICE, JUDICIAL_RECOVERY)
 * @param date the day the package was made
 * @param dossier the hub's dossier id, to quote in status updates
 * @param creditAnalysis the bailiff's earlier credit analysis, for judicial recovery; otherwise {@code null}
 */
public record HandoverPackage(String handoverId, String partner, String step, LocalDate date, long dossier,
        Client client, Debtor debtor, List<Claim> claims, Calculation calculation, List<Contact> contactHistory,
        List<Document> documents, String creditAnalysis) {

    /** The creditor the debt is owed to. */
    public record Client(String id, String name, String enterpriseNumber, String vatId) {
    }

    /** The debtor and how to reach them. */
    public record Debtor(String name, String type, String street, String postcode, String city, String country,
            String email, String phone, String language, String vatId, String enterpriseNumber) {
    }

    /** One claim of the dossier. */
    public record Claim(String number, LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal amount,
            BigDecimal open, String structuredCommunication) {
    }

    /**
     * What is owed on the package's date: principal, interest, damages and costs, with the reasons; the total is
     * the statement's total plus only the partner costs the debtor bears ({@code costsChargeable}).
     */
    public record Calculation(LocalDate date, BigDecimal principal, BigDecimal paid, BigDecimal credited,
            BigDecimal principalOpen, BigDecimal interest, BigDecimal damages, BigDecimal costsAdvanced,
            BigDecimal costsRecovered, BigDecimal costsChargeable, BigDecimal total, List<String> explanation) {

        /** The calculation of a dossier's statement, its partner costs reported on their own lines. */
        public static Calculation of(LocalDate date, StatementCalculator.Statement statement) {
            PartnerCosts costs = statement.partnerCosts() == null ? PartnerCosts.NONE : statement.partnerCosts();
            return new Calculation(date, statement.principal(), statement.paid(), statement.credited(),
                    statement.principalOpen(), statement.interest(), statement.fees(), costs.advanced(),
                    costs.recovered(), costs.chargeable(), statement.total().add(costs.chargeable()),
                    statement.explanation());
        }
    }

    /** One entry of the dossier's history: letters, calls, visits, decisions. */
    public record Contact(LocalDate date, String kind, String detail) {
    }

    /** A document sent or made in the dossier, as base64 PDF. */
    public record Document(String kind, LocalDate date, String fileName, String mediaType, String contentBase64) {
    }
}
