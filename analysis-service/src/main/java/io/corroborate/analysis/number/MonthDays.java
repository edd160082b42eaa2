package io.corroborate.analysis.number;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Calendar days written as the date figures give them: month·100 + day (310 is 10 March). */
public final class MonthDays {

    private MonthDays() {
    }

    /** The day {@code monthDay} in the year before, of, or after {@code anchor}: the one nearest it, or null. */
    public static LocalDate nearest(LocalDate anchor, int monthDay) {
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate date = of(year, monthDay);
            if (date != null && (best == null || Math.abs(date.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = date;
            }
        }
        return best;
    }

    /** The day {@code monthDay} of {@code year}, or null when there is none (231 is no day). */
    public static LocalDate of(int year, int monthDay) {
        try {
            return LocalDate.of(year, monthDay / 100, monthDay % 100);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
