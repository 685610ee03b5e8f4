package be.smartcredit.hub.dunning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When each reminder is due: the first a number of days after the due date, the second when the
 * first one's term has ended. Plain rules, no framework.
 */
public record ReminderSchedule(int firstAfterDays, int secondAfterDays) {

    public ReminderSchedule {
        if (firstAfterDays < 0 || secondAfterDays < 1) {
            throw new IllegalArgumentException("reminder delays must be positive: " + firstAfterDays + ", "
                    + secondAfterDays);
        }
    }

    public LocalDate firstReminderOn(LocalDate dueDate) {
        return dueDate.plusDays(firstAfterDays);
    }

    /** The step that follows the last one sent (none sent yet gives the first reminder). */
    public Optional<ReminderStep> stepAfter(ReminderStep lastStep) {
        if (lastStep == null) {
            return Optional.of(ReminderStep.REMINDER_1);
        }
        return lastStep == ReminderStep.REMINDER_1 ? Optional.of(ReminderStep.REMINDER_2) : Optional.empty();
    }

    /** When the step after {@code sentStep}, sent on {@code sentOn}, becomes due; empty when none follows. */
    public Optional<LocalDate> nextActionAfter(ReminderStep sentStep, LocalDate sentOn) {
        return stepAfter(sentStep).map(next -> sentOn.plusDays(secondAfterDays));
    }

    /** The last day the debtor has to pay after a reminder sent on {@code sentOn}. */
    public LocalDate payBy(LocalDate sentOn) {
        return sentOn.plusDays(secondAfterDays);
    }
}
