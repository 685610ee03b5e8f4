package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.platform.HubClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class LegalContactWindowTest {

    private final ContactWindow window = new LegalContactWindow();

    @Test
    void holdsEmailAndTextsAtHalfPastElevenUntilEightTheNextMorning() {
        ZonedDateTime lateEvening = at(LocalDate.of(2026, 3, 3), 23, 30);

        ZonedDateTime email = window.nextAllowed(Channel.EMAIL, lateEvening);
        ZonedDateTime sms = window.nextAllowed(Channel.SMS, lateEvening);
        ZonedDateTime whatsapp = window.nextAllowed(Channel.WHATSAPP, lateEvening);

        ZonedDateTime eight = at(LocalDate.of(2026, 3, 4), 8, 0);
        assertThat(email).isEqualTo(eight);
        assertThat(sms).isEqualTo(eight);
        assertThat(whatsapp).isEqualTo(eight);
    }

    @Test
    void letsEveryChannelThroughAtFivePastEight() {
        ZonedDateTime morning = at(LocalDate.of(2026, 3, 4), 8, 5);

        boolean email = window.isOpen(Channel.EMAIL, morning);
        boolean sms = window.isOpen(Channel.SMS, morning);

        assertThat(email).isTrue();
        assertThat(sms).isTrue();
    }

    @Test
    void neverHoldsPostEvenAtNight() {
        ZonedDateTime night = at(LocalDate.of(2026, 3, 4), 2, 0);

        boolean post = window.isOpen(Channel.POST, night);

        assertThat(post).isTrue();
    }

    @Test
    void holdsTextsButNotEmailOnSundaysAndPublicHolidays() {
        ZonedDateTime sunday = at(LocalDate.of(2026, 3, 8), 10, 0);
        ZonedDateTime nationalDay = at(LocalDate.of(2026, 7, 21), 10, 0);

        ZonedDateTime smsOnSunday = window.nextAllowed(Channel.SMS, sunday);
        ZonedDateTime whatsappOnHoliday = window.nextAllowed(Channel.WHATSAPP, nationalDay);

        assertThat(smsOnSunday).isEqualTo(at(LocalDate.of(2026, 3, 9), 8, 0));
        assertThat(whatsappOnHoliday).isEqualTo(at(LocalDate.of(2026, 7, 22), 8, 0));
        assertThat(window.isOpen(Channel.EMAIL, sunday)).isTrue();
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), HubClock.BRUSSELS);
    }
}
