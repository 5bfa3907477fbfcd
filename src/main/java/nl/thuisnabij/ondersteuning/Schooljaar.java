package nl.thuisnabij.ondersteuning;

import java.time.LocalDate;
import java.time.Month;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/** A school year, 1 August to 31 July, written as 2026-2027. */
public record Schooljaar(int beginjaar) implements Comparable<Schooljaar> {

    public Schooljaar {
        if (beginjaar < 2014 || beginjaar > 2100) {
            throw new OngeldigeInvoerException("schooljaar %d-%d ligt buiten passend onderwijs (vanaf 2014-2015)"
                    .formatted(beginjaar, beginjaar + 1));
        }
    }

    public static Schooljaar van(LocalDate datum) {
        return new Schooljaar(datum.getMonthValue() >= Month.AUGUST.getValue() ? datum.getYear() : datum.getYear() - 1);
    }

    public static Schooljaar parse(String tekst) {
        if (tekst == null || !tekst.matches("\\d{4}-\\d{4}")) {
            throw new OngeldigeInvoerException("'%s' is geen schooljaar: verwacht bijvoorbeeld 2026-2027".formatted(tekst));
        }
        int begin = Integer.parseInt(tekst.substring(0, 4));
        if (Integer.parseInt(tekst.substring(5)) != begin + 1) {
            throw new OngeldigeInvoerException("'%s' is geen schooljaar: de jaren moeten op elkaar volgen".formatted(tekst));
        }
        return new Schooljaar(begin);
    }

    public Schooljaar volgende() {
        return new Schooljaar(beginjaar + 1);
    }

    public LocalDate eersteDag() {
        return LocalDate.of(beginjaar, Month.AUGUST, 1);
    }

    @Override
    public int compareTo(Schooljaar ander) {
        return Integer.compare(beginjaar, ander.beginjaar);
    }

    @Override
    public String toString() {
        return beginjaar + "-" + (beginjaar + 1);
    }
}
