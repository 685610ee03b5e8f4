package be.smartcredit.hub.dunning.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a debtor may be contacted about a debt: never between 22:00 and 08:00 Brussels time, and by
 * text message or telephone also not on Sundays or public holidays.
 */
public final class ContactHours {

    /** Contact hours are Brussels hours, wherever the hub runs. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(22, 0);

    private final BelgianCalendar calendar;
    private final Medium medium;

    public ContactHours(BelgianCalendar calendar, Medium medium) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.medium = Objects.requireNonNull(medium, "medium");
    }

    /** How the debtor is reached. */
    public enum Medium {
        EMAIL(false),
        SMS(true),
        PHONE(true);

        private final boolean restDaysBarred;

        Medium(boolean restDaysBarred) {
            this.restDaysBarred = restDaysBarred;
        }
    }

    public boolean isAllowed(ZonedDateTime moment) {
        ZonedDateTime local = moment.withZoneSameInstant(BRUSSELS);
        LocalTime time = local.toLocalTime();
        return !time.isBefore(OPENS) && time.isBefore(CLOSES) && isContactDay(local.toLocalDate());
    }

    /** {@code moment} itself when contact is allowed then, otherwise the first allowed moment after it (Brussels). */
    public ZonedDateTime nextAllowed(ZonedDateTime moment) {
        if (isAllowed(moment)) {
            return moment.withZoneSameInstant(BRUSSELS);
        }
        ZonedDateTime local = moment.withZoneSameInstant(BRUSSELS);
        LocalDate day = local.toLocalTime().isBefore(OPENS) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        while (!isContactDay(day)) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, OPENS, BRUSSELS);
    }

    private boolean isContactDay(LocalDate day) {
        if (!medium.restDaysBarred) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SUNDAY && !calendar.isHoliday(day);
    }
}
