package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A claim as the legal rules see it: its principal and due date, who owes it, what has been paid or
 * credited, the last day of the consumer's free first-reminder term once one has been sent
 * ({@code null} before), and the client's general terms.
 */
public record Debt(String reference, BigDecimal principal, LocalDate dueDate, DebtorType debtorType,
        List<Settlement> settlements, LocalDate firstReminderTermEnded, ContractTerms terms) {

    public Debt {
        Objects.requireNonNull(reference, "reference");
        principal = Money.round(Money.requireNonNegative(principal, "principal"));
        Objects.requireNonNull(dueDate, "due date");
        Objects.requireNonNull(debtorType, "debtor type");
        settlements = List.copyOf(settlements);
        terms = terms == null ? ContractTerms.NONE : terms;
        if (firstReminderTermEnded != null && !firstReminderTermEnded.isAfter(dueDate)) {
            throw new IllegalArgumentException("claim '" + reference + "': the first reminder's term cannot end on "
                    + firstReminderTermEnded + ", not after the due date " + dueDate);
        }
    }
}
