package dk.referat.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the site's language writes them ("torsdag den 30. april 2020", "kl. 10.00–12.00"). */
public final class Formats {
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;

    public Formats(Locale locale) {
        boolean danish = locale.getLanguage().equals("da");
        this.longDate = DateTimeFormatter.ofPattern(danish ? "EEEE 'den' d. MMMM yyyy" : "EEEE d MMMM yyyy", locale);
        this.shortDate = DateTimeFormatter.ofPattern(danish ? "d. MMMM yyyy" : "d MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern(danish ? "HH.mm" : "HH:mm", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }

    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    public String month(java.time.YearMonth m) {
        return month.format(m);
    }

    public String time(LocalTime t) {
        return time.format(t);
    }
}
