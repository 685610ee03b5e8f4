package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.document.DebtBreakdown;
import be.smartcredit.hub.document.LegalBasis;
import be.smartcredit.hub.dunning.DebtorKind;
import be.smartcredit.hub.dunning.StatementCalculator.ClaimStatement;
import be.smartcredit.hub.dunning.StatementCalculator.Statement;
import be.smartcredit.hub.dunning.law.InterestPeriod;
import be.smartcredit.hub.dunning.law.Settlement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Turns a dossier's statement into the full calculation a formal notice or lawyer's letter prints. */
final class DebtBreakdowns {

    private DebtBreakdowns() {
    }

    static DebtBreakdown of(Statement statement, Currency currency) {
        List<DebtBreakdown.Principal> principal = new ArrayList<>();
        List<DebtBreakdown.InterestPeriod> interest = new ArrayList<>();
        List<DebtBreakdown.Charge> charges = new ArrayList<>();
        List<DebtBreakdown.Deduction> deductions = new ArrayList<>();
        boolean consumer = statement.debtor() == DebtorKind.CONSUMER;
        for (ClaimStatement claim : statement.claims()) {
            principal.add(new DebtBreakdown.Principal(claim.number(), claim.issueDate(), claim.dueDate(), null,
                    claim.principal()));
            claim.interest().stream().filter(period -> period.amount().signum() > 0)
                    .forEach(period -> interest.add(interest(claim.number(), period, consumer)));
            if (claim.fee().signum() > 0) {
                charges.add(new DebtBreakdown.Charge(consumer ? DebtBreakdown.ChargeKind.LUMP_SUM
                        : DebtBreakdown.ChargeKind.RECOVERY_COSTS, consumer ? LegalBasis.CODE_OF_ECONOMIC_LAW_BOOK_XIX
                        : LegalBasis.LATE_PAYMENT_ACT, null, claim.fee()));
            }
            claim.settlements().forEach(settled -> deductions.add(deduction(claim.number(), settled)));
        }
        return new DebtBreakdown(currency, principal, interest, charges, deductions);
    }

    private static DebtBreakdown.InterestPeriod interest(String invoice, InterestPeriod period, boolean consumer) {
        return new DebtBreakdown.InterestPeriod(invoice, period.from(), period.to(), Math.toIntExact(period.days()),
                period.rate(), consumer ? LegalBasis.LEGAL_INTEREST : LegalBasis.LATE_PAYMENT_ACT, period.amount());
    }

    private static DebtBreakdown.Deduction deduction(String invoice, Settlement settled) {
        return new DebtBreakdown.Deduction(settled.kind() == Settlement.Kind.PAYMENT
                ? DebtBreakdown.DeductionKind.PAYMENT : DebtBreakdown.DeductionKind.CREDIT_NOTE, settled.on(), invoice,
                settled.amount());
    }
}
