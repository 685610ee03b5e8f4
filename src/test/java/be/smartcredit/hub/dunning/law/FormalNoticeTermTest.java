package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormalNoticeTermTest {

    @Test
    void raisesATenDayTermToFifteenAndSaysWhy() {
        Ruling<Integer> days = FormalNoticeTerm.days(10);

        assertThat(days.value()).isEqualTo(15);
        assertThat(days.corrected()).isTrue();
        assertThat(days.reasons()).singleElement().asString().contains("10 days", "at least 15", "15 days applied");
    }

    @Test
    void keepsFifteenDays() {
        assertThat(FormalNoticeTerm.days(15)).isEqualTo(Ruling.asRequested(15));
    }

    @Test
    void keepsALongerTermTheConnectorAsks() {
        Ruling<Integer> days = FormalNoticeTerm.days(21);

        assertThat(days.value()).isEqualTo(21);
        assertThat(days.reasons()).isEmpty();
    }

    @Test
    void countsTheTermFromTheDayAfterSending() {
        LocalDate monday = LocalDate.of(2026, 3, 2);

        Ruling<LocalDate> payBy = FormalNoticeTerm.payBy(monday, 10);

        assertThat(payBy.value()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(payBy.corrected()).isTrue();
    }
}
