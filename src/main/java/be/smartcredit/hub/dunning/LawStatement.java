package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.StatementCalculator.ClaimStatement;
import be.smartcredit.hub.dunning.law.Debt;
import be.smartcredit.hub.dunning.law.DebtStatement;
import be.smartcredit.hub.dunning.law.DebtStatementCalculator;
import be.smartcredit.hub.dunning.law.DebtorType;
import be.smartcredit.hub.dunning.law.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The dossier's statement from the legal rules: each claim's interest as the law counts it, and the lump
 * sum or compensation the procedure's steps charged, but never more than the law allows on the day.
 */
class LawStatement implements StatementCalculator {

    private final DebtStatementCalculator calculator;

    LawStatement(DebtStatementCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public Statement statement(DebtorKind debtor, List<Line> claims, LocalDate date) {
        DebtorType type = DebtorType.valueOf(debtor.name());
        List<ClaimStatement> lines = claims.stream().map(line -> claim(type, line, date)).toList();
        List<String> why = new ArrayList<>();
        why.add("Debtor treated as a " + debtor.name().toLowerCase() + ": " + (debtor == DebtorKind.CONSUMER
                ? "Book XIX of the Code of Economic Law applies." : "the Law of 2 August 2002 applies."));
        lines.forEach(line -> line.explanation().forEach(reason -> why.add("Claim " + line.number() + ": "
                + reason + ".")));
        return new Statement(date, debtor, lines, sum(lines, ClaimStatement::principal),
                sum(lines, ClaimStatement::paid), sum(lines, ClaimStatement::credited),
                sum(lines, ClaimStatement::open), sum(lines, ClaimStatement::interestTotal),
                sum(lines, ClaimStatement::fee), sum(lines, ClaimStatement::total), why, PartnerCosts.NONE);
    }

    private ClaimStatement claim(DebtorType type, Line line, LocalDate date) {
        LocalDate termEnded = line.firstReminderTermEnded();
        if (termEnded != null && !termEnded.isAfter(line.dueDate())) {
            termEnded = line.dueDate().plusDays(1);
        }
        Debt debt = new Debt(line.number(), line.principal(), line.dueDate(), type, line.settlements(), termEnded,
                null);
        DebtStatement law = calculator.statementOn(debt, date);

        List<String> why = new ArrayList<>(law.decisions().stream().map(LawStatement::asMaximum).toList());
        BigDecimal maximum = law.compensation().amount();
        BigDecimal fee = line.feeCharged().min(maximum);
        String feeRule = feeRule(line.feeCharged(), maximum, law.compensation().rule(), why);
        List<Settlement> settled = law.settlements();
        return new ClaimStatement(line.claimId(), line.number(), line.issueDate(), line.dueDate(), law.principal(),
                settledBy(settled, Settlement.Kind.PAYMENT), settledBy(settled, Settlement.Kind.CREDIT),
                law.openPrincipal(), settled, law.interest(), law.interestTotal(), fee, feeRule,
                law.total().subtract(maximum).add(fee), why);
    }

    /** The law's lump sum or compensation is a ceiling: what is owed is what the steps charged within it. */
    private static String asMaximum(String decision) {
        boolean ceiling = decision.startsWith("compensation: ") || decision.startsWith("lump sum on EUR ");
        return ceiling ? "the most the law allows: " + decision : decision;
    }

    /** The lump sum is what the steps charged, cut to the legal maximum on the day. */
    private static String feeRule(BigDecimal charged, BigDecimal maximum, String lawRule, List<String> why) {
        if (charged.signum() == 0) {
            return "no lump sum or compensation charged by the procedure's steps";
        }
        if (charged.compareTo(maximum) > 0) {
            why.add("the procedure's steps charged " + charged.toPlainString() + "; the law allows at most "
                    + maximum.toPlainString() + " on the day (" + lawRule + ")");
            return lawRule;
        }
        return "charged by the procedure's steps, within the legal maximum of " + maximum.toPlainString() + ": "
                + lawRule;
    }

    private static BigDecimal settledBy(List<Settlement> settlements, Settlement.Kind kind) {
        return settlements.stream().filter(s -> s.kind() == kind).map(Settlement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<ClaimStatement> lines, Function<ClaimStatement, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
