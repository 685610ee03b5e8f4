package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BelgianCalendarTest {

    private final BelgianCalendar calendar = new BelgianCalendar();

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2000, 2000-04-23",
        "1818, 1818-03-22",
        "2038, 2038-04-25"
    })
    void findsEasterSundayByTheGregorianComputus(int year, LocalDate easter) {
        assertThat(BelgianCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void listsTheTenPublicHolidaysOf2026() {
        var holidays = calendar.holidays(2026);

        assertThat(holidays.keySet()).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 21),
                LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 12, 25));
        assertThat(holidays.get(LocalDate.of(2026, 5, 14))).isEqualTo("Ascension Day");
    }

    @Test
    void movesTheEasterHolidaysWithEasterIn2025() {
        assertThat(calendar.isHoliday(LocalDate.of(2025, 4, 21))).as("Easter Monday").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 5, 29))).as("Ascension").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 6, 9))).as("Whit Monday").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 4, 18))).as("Good Friday is no holiday").isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-10, true",
        "2026-03-14, false",
        "2026-03-15, false",
        "2026-04-06, false",
        "2026-04-03, true",
        "2026-11-11, false",
        "2026-12-24, true"
    })
    void countsMondayToFridayExceptHolidaysAsWorkingDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void skipsWeekendsAndHolidaysWhenCountingWorkingDays() {
        LocalDate thursdayBeforeEaster = LocalDate.of(2026, 4, 2);

        LocalDate third = calendar.nthWorkingDayAfter(thursdayBeforeEaster, 3);

        assertThat(calendar.nthWorkingDayAfter(thursdayBeforeEaster, 1)).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(calendar.nthWorkingDayAfter(thursdayBeforeEaster, 2)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(third).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void refusesToCountZeroWorkingDays() {
        assertThatThrownBy(() -> calendar.nthWorkingDayAfter(LocalDate.of(2026, 1, 5), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
