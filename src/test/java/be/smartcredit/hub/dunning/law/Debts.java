package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds debts for the rule tests: a consumer or business invoice, then what happened to it. */
final class Debts {

    private final DebtorType debtorType;
    private final BigDecimal principal;
    private final LocalDate dueDate;
    private final List<Settlement> settlements = new ArrayList<>();
    private LocalDate firstReminderTermEnded;
    private ContractTerms terms = ContractTerms.NONE;

    private Debts(DebtorType debtorType, String principal, LocalDate dueDate) {
        this.debtorType = debtorType;
        this.principal = new BigDecimal(principal);
        this.dueDate = dueDate;
    }

    static Debts consumerInvoice(String principal, LocalDate dueDate) {
        return new Debts(DebtorType.CONSUMER, principal, dueDate);
    }

    static Debts businessInvoice(String principal, LocalDate dueDate) {
        return new Debts(DebtorType.BUSINESS, principal, dueDate);
    }

    Debts firstReminderTermEnded(LocalDate lastDay) {
        this.firstReminderTermEnded = lastDay;
        return this;
    }

    Debts paid(LocalDate on, String amount) {
        settlements.add(Settlement.payment(on, new BigDecimal(amount)));
        return this;
    }

    Debts credited(LocalDate on, String amount) {
        settlements.add(Settlement.credit(on, new BigDecimal(amount)));
        return this;
    }

    Debts terms(ContractTerms terms) {
        this.terms = terms;
        return this;
    }

    Debt build() {
        return new Debt("INV-1", principal, dueDate, debtorType, settlements, firstReminderTermEnded, terms);
    }
}
