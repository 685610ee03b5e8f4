package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A consumer's first reminder as a procedure wants to send it: what it would charge and the facts it
 * would print. Text fields may be {@code null} or blank when the procedure lacks them.
 */
public record FirstReminderDraft(BigDecimal outstanding, BigDecimal fee, String creditorName,
        String creditorEnterpriseNumber, String debtDescription, LocalDate dueDate, LocalDate sentOn,
        ReminderTerm.Channel channel) {
}
