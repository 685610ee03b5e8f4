package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.law.BelgianCalendar;
import be.smartcredit.hub.dunning.law.ContactHours;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plans a phone campaign's attempts: each in a part of the day not tried yet, each on a later day than the
 * one before, never on a Sunday or public holiday and never between 22:00 and 08:00 (Brussels).
 */
public final class CallSchedule {

    private final ContactHours hours;
    private final int maxAttempts;

    public CallSchedule(BelgianCalendar calendar, int maxAttempts) {
        this.hours = new ContactHours(calendar, ContactHours.Medium.PHONE);
        this.maxAttempts = Math.max(maxAttempts, DayPart.values().length);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The first attempt: the earliest part of the day that has not begun yet, today or on a later day. */
    public Attempt first(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(ContactHours.BRUSSELS);
        for (DayPart part : DayPart.values()) {
            ZonedDateTime at = at(local.toLocalDate(), part);
            if (at.isAfter(local) && hours.isAllowed(at)) {
                return new Attempt(1, part, at);
            }
        }
        return new Attempt(1, DayPart.MORNING, at(nextContactDay(local.toLocalDate()), DayPart.MORNING));
    }

    /**
     * The attempt after the ones made: on the next day contact is allowed after the last one, in the first part
     * of the day not tried yet (once every part was tried, they are taken again in order); empty when the
     * campaign has had its attempts.
     */
    public Optional<Attempt> next(List<Attempt> made) {
        if (made.isEmpty()) {
            throw new IllegalArgumentException("a next attempt follows a first one");
        }
        if (made.size() >= maxAttempts) {
            return Optional.empty();
        }
        Attempt last = made.get(made.size() - 1);
        DayPart part = Arrays.stream(DayPart.values()).filter(p -> made.stream().noneMatch(a -> a.part() == p))
                .findFirst().orElse(DayPart.values()[made.size() % DayPart.values().length]);
        LocalDate day = nextContactDay(last.at().withZoneSameInstant(ContactHours.BRUSSELS).toLocalDate());
        return Optional.of(new Attempt(made.size() + 1, part, at(day, part)));
    }

    private LocalDate nextContactDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (!hours.isAllowed(at(day, DayPart.MORNING))) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static ZonedDateTime at(LocalDate day, DayPart part) {
        return ZonedDateTime.of(day, part.starts(), ContactHours.BRUSSELS);
    }

    /** One planned call: its number in the campaign, the part of the day, and when it starts. */
    public record Attempt(int number, DayPart part, ZonedDateTime at) {
    }
}
