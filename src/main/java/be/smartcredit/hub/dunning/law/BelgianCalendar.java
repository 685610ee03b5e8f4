package be.smartcredit.hub.dunning.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Belgian working days: Monday to Friday except the ten legal public holidays, for any year
 * (Easter by the Gregorian computus).
 */
public final class BelgianCalendar {

    private final Map<Integer, SortedMap<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    /** Easter Sunday of {@code year} in the Gregorian calendar (the anonymous Meeus/Jones/Butcher algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The legal public holidays of {@code year}, in date order, each with its English name. */
    public SortedMap<LocalDate, String> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, BelgianCalendar::computeHolidays);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).containsKey(date);
    }

    /** True from Monday to Friday when the day is not a public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** The {@code n}th working day strictly after {@code date} ({@code n} = 1 is the next working day). */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        int found = 0;
        while (found < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    private static SortedMap<LocalDate, String> computeHolidays(int year) {
        LocalDate easter = easterSunday(year);
        SortedMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(LocalDate.of(year, Month.MAY, 1), "Labour Day");
        days.put(easter.plusDays(39), "Ascension Day");
        days.put(easter.plusDays(50), "Whit Monday");
        days.put(LocalDate.of(year, Month.JULY, 21), "National Day");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "Assumption Day");
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), "All Saints' Day");
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Armistice Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        return Collections.unmodifiableSortedMap(days);
    }
}
