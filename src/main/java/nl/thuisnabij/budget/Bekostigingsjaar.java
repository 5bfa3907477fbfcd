package nl.thuisnabij.budget;

import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * The period DUO funds: a school year ("2015-2016", 1 August to 31 July) until 2022, a calendar year
 * ("2024") for primary education since 1 January 2023 (vereenvoudiging bekostiging PO).
 */
public record Bekostigingsjaar(String waarde) implements Comparable<Bekostigingsjaar> {

    private static final Pattern SCHOOLJAAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern KALENDERJAAR = Pattern.compile("\\d{4}");

    public Bekostigingsjaar {
        if (waarde == null) {
            throw new OngeldigeInvoerException("jaar", "vul het jaar in, bijvoorbeeld 2024 (kalenderjaar) of 2015-2016 (schooljaar)");
        }
        waarde = waarde.strip();
        var schooljaar = SCHOOLJAAR.matcher(waarde);
        int begin;
        if (schooljaar.matches()) {
            begin = Integer.parseInt(schooljaar.group(1));
            if (Integer.parseInt(schooljaar.group(2)) != begin + 1) {
                throw new OngeldigeInvoerException("jaar", "een schooljaar loopt over twee opeenvolgende jaren, zoals 2015-2016");
            }
        } else if (KALENDERJAAR.matcher(waarde).matches()) {
            begin = Integer.parseInt(waarde);
        } else {
            throw new OngeldigeInvoerException("jaar", "schrijf het jaar als 2024 (kalenderjaar) of 2015-2016 (schooljaar)");
        }
        if (begin < 2014 || begin > 2100) {
            throw new OngeldigeInvoerException("jaar", "passend onderwijs begon op 1 augustus 2014: kies een jaar vanaf 2014");
        }
    }

    public boolean isSchooljaar() {
        return waarde.contains("-");
    }

    public LocalDate begin() {
        int jaar = Integer.parseInt(waarde.substring(0, 4));
        return isSchooljaar() ? LocalDate.of(jaar, 8, 1) : LocalDate.of(jaar, 1, 1);
    }

    /** The last day, inclusive. */
    public LocalDate einde() {
        int jaar = Integer.parseInt(waarde.substring(0, 4));
        return isSchooljaar() ? LocalDate.of(jaar + 1, 7, 31) : LocalDate.of(jaar, 12, 31);
    }

    /** The same kind of year so many years later: 2024 → 2026, 2015-2016 → 2017-2018. */
    public Bekostigingsjaar plusJaren(int jaren) {
        int begin = Integer.parseInt(waarde.substring(0, 4)) + jaren;
        return new Bekostigingsjaar(isSchooljaar() ? begin + "-" + (begin + 1) : String.valueOf(begin));
    }

    @Override
    public int compareTo(Bekostigingsjaar ander) {
        return begin().compareTo(ander.begin());
    }

    @Override
    public String toString() {
        return waarde;
    }
}
