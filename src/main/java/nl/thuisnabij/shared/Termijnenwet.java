package nl.thuisnabij.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The Algemene termijnenwet, the one term calculator for statutory terms: a term set by law that
 * ends on a Saturday, Sunday or generally recognised public holiday runs until the next day that is
 * none of these (art. 1). The public holidays are those of art. 3, computed per year, Easter by the
 * Gregorian computus — never a list of years kept by hand.
 */
public final class Termijnenwet {

    private Termijnenwet() {
    }

    /** Atw art. 1: the last day of a statutory term that would end on {@code einde}. */
    public static LocalDate einde(LocalDate einde) {
        var dag = einde;
        while (!isWerkdag(dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    public static boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY && !isFeestdag(dag);
    }

    /**
     * Atw art. 3 lid 1: Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, both
     * Christmas days, the day the King's birthday is celebrated, and 5 May. Goede Vrijdag is not one.
     */
    public static boolean isFeestdag(LocalDate dag) {
        int jaar = dag.getYear();
        var pasen = pasen(jaar);
        return dag.equals(LocalDate.of(jaar, Month.JANUARY, 1))
                || dag.equals(pasen.plusDays(1))
                || dag.equals(pasen.plusDays(39))
                || dag.equals(pasen.plusDays(50))
                || dag.equals(LocalDate.of(jaar, Month.DECEMBER, 25))
                || dag.equals(LocalDate.of(jaar, Month.DECEMBER, 26))
                || dag.equals(koningsdag(jaar))
                || dag.equals(LocalDate.of(jaar, Month.MAY, 5));
    }

    /** 27 April, or 26 April when the 27th is a Sunday (Wet van 2013 on the King's birthday). */
    static LocalDate koningsdag(int jaar) {
        var dag = LocalDate.of(jaar, Month.APRIL, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus/Jones/Butcher). */
    static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
