package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dunning.law.ContactHours.Medium;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactHoursTest {

    private final BelgianCalendar calendar = new BelgianCalendar();
    private final ContactHours email = new ContactHours(calendar, Medium.EMAIL);
    private final ContactHours phone = new ContactHours(calendar, Medium.PHONE);
    private final ContactHours sms = new ContactHours(calendar, Medium.SMS);

    @ParameterizedTest(name = "{0} Brussels time on a Tuesday: next allowed {1}")
    @CsvSource({
        "2026-03-10T21:59, 2026-03-10T21:59",
        "2026-03-10T22:00, 2026-03-11T08:00",
        "2026-03-10T23:30, 2026-03-11T08:00",
        "2026-03-11T07:59, 2026-03-11T08:00",
        "2026-03-11T08:00, 2026-03-11T08:00",
        "2026-03-11T00:00, 2026-03-11T08:00"
    })
    void keepsEveryContactBetweenEightAndTen(LocalDateTime at, LocalDateTime expected) {
        ZonedDateTime moment = brussels(at);

        ZonedDateTime next = phone.nextAllowed(moment);

        assertThat(next).isEqualTo(brussels(expected));
        assertThat(email.nextAllowed(moment)).isEqualTo(brussels(expected));
        assertThat(phone.isAllowed(moment)).isEqualTo(at.equals(expected));
    }

    @Test
    void mailsButDoesNotCallOnASunday() {
        ZonedDateTime sundayMorning = brussels(LocalDateTime.of(2026, 3, 15, 10, 0));

        ZonedDateTime nextCall = phone.nextAllowed(sundayMorning);

        assertThat(email.isAllowed(sundayMorning)).isTrue();
        assertThat(nextCall).isEqualTo(brussels(LocalDateTime.of(2026, 3, 16, 8, 0)));
    }

    @Test
    void sendsNoTextMessageOnAPublicHoliday() {
        ZonedDateTime easterMonday = brussels(LocalDateTime.of(2026, 4, 6, 10, 0));

        ZonedDateTime next = sms.nextAllowed(easterMonday);

        assertThat(sms.isAllowed(easterMonday)).isFalse();
        assertThat(next).isEqualTo(brussels(LocalDateTime.of(2026, 4, 7, 8, 0)));
    }

    @Test
    void skipsASundayFollowedByAHolidayAfterASaturdayNight() {
        ZonedDateTime saturdayNight = brussels(LocalDateTime.of(2026, 4, 4, 22, 30));

        assertThat(phone.nextAllowed(saturdayNight)).isEqualTo(brussels(LocalDateTime.of(2026, 4, 7, 8, 0)));
        assertThat(email.nextAllowed(saturdayNight)).isEqualTo(brussels(LocalDateTime.of(2026, 4, 5, 8, 0)));
    }

    @Test
    void judgesTheHourInBrusselsWhateverTheZoneGiven() {
        ZonedDateTime winterUtc = ZonedDateTime.of(2026, 3, 10, 21, 30, 0, 0, ZoneOffset.UTC);
        ZonedDateTime summerUtcBeforeEight = ZonedDateTime.of(2026, 7, 7, 5, 59, 0, 0, ZoneOffset.UTC);
        ZonedDateTime summerUtcAtEight = ZonedDateTime.of(2026, 7, 7, 6, 0, 0, 0, ZoneOffset.UTC);

        assertThat(email.isAllowed(winterUtc)).as("22:30 in Brussels").isFalse();
        assertThat(email.isAllowed(summerUtcBeforeEight)).as("07:59 in Brussels").isFalse();
        assertThat(email.isAllowed(summerUtcAtEight)).as("08:00 in Brussels").isTrue();
    }

    private static ZonedDateTime brussels(LocalDateTime at) {
        return at.atZone(ContactHours.BRUSSELS);
    }
}
