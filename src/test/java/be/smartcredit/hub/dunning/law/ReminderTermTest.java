package be.smartcredit.hub.dunning.law;

import static be.smartcredit.hub.dunning.law.ReminderTerm.Channel.ELECTRONIC;
import static be.smartcredit.hub.dunning.law.ReminderTerm.Channel.PAPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReminderTermTest {

    private final ReminderTerm term = new ReminderTerm(new BelgianCalendar());

    /** Paper: the term starts on the third working day after posting and lasts 14 calendar days. */
    @ParameterizedTest(name = "paper sent {0} ({2}): term {1} to {3}")
    @CsvSource({
        // Thursday before Easter 2026: Fri 3 (1), Easter Monday 6 off, Tue 7 (2), Wed 8 (3).
        "2026-04-02, 2026-04-08, Thursday before Easter, 2026-04-21",
        // Thursday before 1 May 2026 (a Friday): 1 May off, Mon 4 (1), Tue 5 (2), Wed 6 (3).
        "2026-04-30, 2026-05-06, Thursday before 1 May, 2026-05-19",
        // Monday before 21 July 2026 (a Tuesday): 21 off, Wed 22 (1), Thu 23 (2), Fri 24 (3).
        "2026-07-20, 2026-07-24, Monday before 21 July, 2026-08-06",
        // An ordinary Friday: Mon 16 (1), Tue 17 (2), Wed 18 (3).
        "2026-03-13, 2026-03-18, a Friday, 2026-03-31",
        // Tuesday before Ascension: Wed 13 (1), Ascension Thu 14 off, Fri 15 (2), Mon 18 (3).
        "2026-05-12, 2026-05-18, Tuesday before Ascension, 2026-05-31",
        // Before Christmas: Thu 24 (1), 25 off, Mon 28 (2), Tue 29 (3); the term runs into the new year.
        "2026-12-23, 2026-12-29, Wednesday before Christmas, 2027-01-11"
    })
    void startsAPaperTermOnTheThirdWorkingDayAfterPosting(LocalDate sentOn, LocalDate starts, String when,
            LocalDate ends) {
        assertThat(term.termStarts(sentOn, PAPER)).as(when).isEqualTo(starts);
        assertThat(term.termEnds(sentOn, PAPER)).as(when).isEqualTo(ends);
    }

    @Test
    void startsAnElectronicTermOnTheNextDayEvenAWeekendDay() {
        LocalDate friday = LocalDate.of(2026, 3, 13);

        LocalDate ends = term.termEnds(friday, ELECTRONIC);

        assertThat(term.termStarts(friday, ELECTRONIC)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(ends).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void startsAnElectronicTermOnTheNextDayEvenAHoliday() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);

        assertThat(term.termStarts(christmasEve, ELECTRONIC)).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(term.termEnds(christmasEve, ELECTRONIC)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void letsCostsRunOnlyFromTheDayAfterTheTermEnds() {
        LocalDate friday = LocalDate.of(2026, 3, 13);

        assertThat(term.costsMayRunFrom(friday, PAPER)).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
