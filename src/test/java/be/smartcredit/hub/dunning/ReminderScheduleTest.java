package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private final ReminderSchedule schedule = new ReminderSchedule(1, 14);

    @Test
    void plansTheFirstReminderTheConfiguredDaysAfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 2, 28);

        assertThat(schedule.firstReminderOn(due)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void followsTheFirstReminderWithTheSecondWhenItsTermEnds() {
        LocalDate sent = LocalDate.of(2026, 3, 1);

        assertThat(schedule.stepAfter(null)).contains(ReminderStep.REMINDER_1);
        assertThat(schedule.stepAfter(ReminderStep.REMINDER_1)).contains(ReminderStep.REMINDER_2);
        assertThat(schedule.nextActionAfter(ReminderStep.REMINDER_1, sent)).contains(LocalDate.of(2026, 3, 15));
    }

    @Test
    void plansNothingAfterTheSecondReminder() {
        assertThat(schedule.stepAfter(ReminderStep.REMINDER_2)).isEmpty();
        assertThat(schedule.nextActionAfter(ReminderStep.REMINDER_2, LocalDate.of(2026, 3, 15))).isEmpty();
    }

    @Test
    void refusesATermOfZeroDays() {
        assertThatThrownBy(() -> new ReminderSchedule(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
