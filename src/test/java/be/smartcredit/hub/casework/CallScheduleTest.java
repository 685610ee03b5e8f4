package be.smartcredit.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dunning.law.BelgianCalendar;
import be.smartcredit.hub.dunning.law.ContactHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallScheduleTest {

    private final BelgianCalendar calendar = new BelgianCalendar();
    private final CallSchedule schedule = new CallSchedule(calendar, 3);

    @Test
    void plansThreeAttemptsInThreeDayPartsOnDifferentDays() {
        ZonedDateTime monday = at(LocalDate.of(2026, 3, 9), 8, 15);

        List<CallSchedule.Attempt> attempts = failEveryAttempt(monday);

        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(CallSchedule.Attempt::part)
                .containsExactly(DayPart.MORNING, DayPart.AFTERNOON, DayPart.EARLY_EVENING);
        assertThat(attempts).extracting(a -> a.at().getDayOfWeek()).doesNotHaveDuplicates();
        assertThat(attempts).extracting(a -> a.at().toLocalDate()).containsExactly(LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
    }

    @Test
    void startsWithTheNextPartOfTheDayThatHasNotBegun() {
        ZonedDateTime tuesdayNoon = at(LocalDate.of(2026, 3, 10), 12, 30);

        CallSchedule.Attempt first = schedule.first(tuesdayNoon);

        assertThat(first.part()).isEqualTo(DayPart.AFTERNOON);
        assertThat(first.at()).isEqualTo(at(LocalDate.of(2026, 3, 10), 13, 30));
    }

    @Test
    void neverCallsAtNightOnSundaysOrPublicHolidays() {
        // Saturday 4 April 2026 at 23:00: Sunday 5 April is Easter, Monday 6 April Easter Monday.
        ZonedDateTime saturdayNight = at(LocalDate.of(2026, 4, 4), 23, 0);

        List<CallSchedule.Attempt> attempts = failEveryAttempt(saturdayNight);

        ContactHours phone = new ContactHours(calendar, ContactHours.Medium.PHONE);
        assertThat(attempts).allSatisfy(a -> {
            assertThat(phone.isAllowed(a.at())).isTrue();
            assertThat(a.at().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(calendar.isHoliday(a.at().toLocalDate())).isFalse();
            assertThat(a.at().toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(21, 59));
        });
        assertThat(attempts.get(0).at().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(attempts).extracting(a -> a.at().toLocalDate()).doesNotHaveDuplicates();
    }

    @Test
    void skipsAHolidayBetweenTwoAttempts() {
        // Thursday 30 April 2026 in the evening; Friday 1 May is Labour Day.
        CallSchedule.Attempt first = schedule.first(at(LocalDate.of(2026, 4, 30), 19, 0));

        CallSchedule.Attempt second = schedule.next(List.of(first)).orElseThrow();

        assertThat(first.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(second.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(second.part()).isNotEqualTo(first.part());
    }

    @Test
    void plansNoAttemptAfterTheLast() {
        List<CallSchedule.Attempt> attempts = failEveryAttempt(at(LocalDate.of(2026, 3, 9), 9, 30));

        assertThat(schedule.next(attempts)).isEmpty();
    }

    private List<CallSchedule.Attempt> failEveryAttempt(ZonedDateTime from) {
        List<CallSchedule.Attempt> attempts = new ArrayList<>(List.of(schedule.first(from)));
        schedule.next(attempts).ifPresent(attempts::add);
        schedule.next(attempts).ifPresent(attempts::add);
        return attempts;
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), ContactHours.BRUSSELS);
    }
}
