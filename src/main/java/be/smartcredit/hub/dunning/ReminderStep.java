package be.smartcredit.hub.dunning;

/** The steps of the reminder phase, in order. */
public enum ReminderStep {
    REMINDER_1,
    REMINDER_2
}
