package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.StatementCalculator.Line;
import be.smartcredit.hub.dunning.StatementCalculator.Statement;
import be.smartcredit.hub.dunning.law.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the statement of a dossier needs (claims, dated payments and credits, first-reminder terms, the
 * fees charged) and has the legal rules compute it; the API, the portal and the letters all ask here.
 */
@Repository
public class DossierStatements {

    private static final String CLAIMS = """
            SELECT c.id, c.number, c.issue_date, c.due_date, c.amount, c.open_amount,
                   (SELECT min(COALESCE(a.term_ends_on, a.due_on + 14)) FROM action_claims ac
                      JOIN dunning_actions a ON a.id = ac.action_id
                     WHERE ac.claim_id = c.id AND a.step = 'REMINDER_1' AND %s
                       AND a.due_on <= :day) AS reminder_term_ended,
                   (SELECT COALESCE(sum(ac.fee_amount), 0) FROM action_claims ac
                      JOIN dunning_actions a ON a.id = ac.action_id
                     WHERE ac.claim_id = c.id AND a.due_on <= :day
                       AND (a.status IN ('SENT', 'SENT_BY_HAND') OR a.id = :action)) AS fee_charged
              FROM claims c WHERE c.dossier_id = :dossier""".formatted(ActionTerms.LEFT);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierPayments payments;
    private final StatementCalculator calculator;

    DossierStatements(JdbcClient jdbc, Dossiers dossiers, DossierPayments payments, StatementCalculator calculator) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.payments = payments;
        this.calculator = calculator;
    }

    /** What the dossier's open claims owe on {@code date}, counting the fees of the steps sent. */
    public Statement of(long dossierId, LocalDate date) {
        List<Line> lines = lines(dossierId, date, -1, CLAIMS + " AND c.status = 'OPEN' ORDER BY c.due_date, c.id");
        return calculator.statement(dossiers.load(dossierId).debtor(), lines, date)
                .withPartnerCosts(partnerCosts(dossierId, date));
    }

    /** The costs the lawyer and the bailiff reported on the dossier so far, in the order they came. */
    public List<PartnerCosts.Cost> costsReported(long dossierId) {
        return jdbc.sql("""
                SELECT partner, kind, amount, on_date FROM dossier_costs WHERE dossier_id = ? ORDER BY id""")
                .param(dossierId).query((rs, n) -> new PartnerCosts.Cost(rs.getString("partner"),
                        "ADVANCED".equals(rs.getString("kind")), rs.getBigDecimal("amount"),
                        rs.getObject("on_date", LocalDate.class))).list();
    }

    /** The costs the lawyer and the bailiff reported on the dossier, and the bailiff's judgment date. */
    private PartnerCosts partnerCosts(long dossierId, LocalDate date) {
        List<PartnerCosts.Cost> costs = costsReported(dossierId);
        LocalDate judgment = jdbc.sql("""
                SELECT min(on_date) FROM partner_events
                 WHERE dossier_id = ? AND partner = 'bailiff' AND status = 'JUDGMENT'""")
                .param(dossierId).query(LocalDate.class).optional().orElse(null);
        return costs.isEmpty() ? PartnerCosts.NONE : PartnerCosts.on(date, costs, judgment);
    }

    /** What the claims on an action's letter owe on the letter's date, counting the fee of that letter. */
    public Statement forLetter(ActionContents.Contents letter, LocalDate date) {
        List<Long> onLetter = letter.claims().stream().map(ActionContents.Line::claimId).toList();
        List<Line> lines = lines(letter.dossierId(), date, letter.actionId(), CLAIMS + " ORDER BY c.due_date, c.id")
                .stream().filter(line -> onLetter.contains(line.claimId())).toList();
        return calculator.statement(letter.debtor().kind(), lines, date);
    }

    private List<Line> lines(long dossierId, LocalDate date, long actionId, String sql) {
        Map<Long, List<Settlement>> paid = payments.paymentsPerClaim(dossierId);
        return jdbc.sql(sql).param("day", date).param("action", actionId).param("dossier", dossierId)
                .query((rs, row) -> {
                    long claimId = rs.getLong("id");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    BigDecimal amount = rs.getBigDecimal("amount");
                    List<Settlement> settlements = settlements(claimId, due, amount, rs.getBigDecimal("open_amount"),
                            paid.getOrDefault(claimId, List.of()));
                    return new Line(claimId, rs.getString("number"), rs.getObject("issue_date", LocalDate.class), due,
                            amount, settlements, rs.getObject("reminder_term_ended", LocalDate.class),
                            rs.getBigDecimal("fee_charged"));
                }).list();
    }

    /**
     * The claim's payments and credit notes; what lowered the open amount that neither explains counts as a
     * credit from the due date, so it bears no interest.
     */
    private List<Settlement> settlements(long claimId, LocalDate due, BigDecimal amount, BigDecimal open,
            List<Settlement> paid) {
        List<Settlement> settlements = new ArrayList<>(paid);
        settlements.addAll(jdbc.sql("""
                SELECT issue_date, abs(amount) AS amount FROM claims WHERE credit_applied_to = ? ORDER BY id""")
                .param(claimId)
                .query((rs, row) -> Settlement.credit(rs.getObject("issue_date", LocalDate.class),
                        rs.getBigDecimal("amount"))).list());
        BigDecimal unexplained = amount.subtract(open).subtract(total(settlements));
        if (unexplained.signum() > 0) {
            settlements.add(Settlement.credit(due, unexplained));
        }
        return settlements;
    }

    private static BigDecimal total(Collection<Settlement> settlements) {
        return settlements.stream().map(Settlement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
