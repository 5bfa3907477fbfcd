package nl.thuisnabij.oogo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One OOGO meeting of the SWV with one or more of its municipalities: when, about what, who took
 * part, and the agreements made, each with an owner, a due date and whether it is done.
 */
@Table("oogo_overleg")
public final class Overleg {

    public enum Onderwerp {
        ONDERSTEUNINGSPLAN("ondersteuningsplan"), JEUGDHULPPLAN("jeugdhulpplan / lokaal jeugdbeleid"), THUISZITTERS("thuiszitters"), ANDERS("anders");

        private final String omschrijving;

        Onderwerp(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** A municipality taking part. */
    @Table("oogo_overleg_gemeente")
    public record Deelname(long gemeenteId) {
    }

    /** An agreement made in the meeting and how it is followed up. */
    @Table("oogo_afspraak")
    public record Afspraak(int volgnummer, String afspraak, String eigenaar, LocalDate uiterlijk, Status status, LocalDate gereedOp) {

        public enum Status {
            OPEN, GEREED
        }

        public boolean isGereed() {
            return status == Status.GEREED;
        }

        public boolean isTeLaat(LocalDate vandaag) {
            return !isGereed() && uiterlijk != null && vandaag.isAfter(uiterlijk);
        }
    }

    @Id
    private long id;
    @Column("swv_code")
    private final SwvCode swv;
    private final LocalDate datum;
    private final Onderwerp onderwerp;
    private final String deelnemers;
    private final String vastgelegdDoor;
    @MappedCollection(idColumn = "oogo_overleg_id")
    private final Set<Deelname> gemeenten;
    @MappedCollection(idColumn = "oogo_overleg_id")
    private final Set<Afspraak> afspraken;
    @Version
    private Integer versie;

    @PersistenceCreator
    private Overleg(long id, SwvCode swv, LocalDate datum, Onderwerp onderwerp, String deelnemers, String vastgelegdDoor, Set<Deelname> gemeenten,
            Set<Afspraak> afspraken, Integer versie) {
        this.id = id;
        this.swv = swv;
        this.datum = datum;
        this.onderwerp = onderwerp;
        this.deelnemers = deelnemers;
        this.vastgelegdDoor = vastgelegdDoor;
        this.gemeenten = gemeenten == null ? Set.of() : Set.copyOf(gemeenten);
        this.afspraken = new TreeSet<>(Comparator.comparingInt(Afspraak::volgnummer));
        if (afspraken != null) {
            this.afspraken.addAll(afspraken);
        }
        this.versie = versie;
    }

    /** A meeting held (not in the future) with at least one municipality of the SWV's area. */
    public static Overleg vastleggen(SwvCode swv, LocalDate datum, Onderwerp onderwerp, String deelnemers, Set<Long> gemeenten,
            Set<Long> gemeentenVanSwv, String door, LocalDate vandaag) {
        if (datum == null || datum.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("datum", "vul de datum van het overleg in; die ligt niet in de toekomst");
        }
        if (onderwerp == null) {
            throw new OngeldigeInvoerException("onderwerp", "kies het onderwerp");
        }
        if (gemeenten.isEmpty() || !gemeentenVanSwv.containsAll(gemeenten)) {
            throw new OngeldigeInvoerException("gemeente", "kies een of meer gemeenten uit het gebied van het samenwerkingsverband");
        }
        if (deelnemers == null || deelnemers.isBlank()) {
            throw new OngeldigeInvoerException("deelnemers", "vul in wie er aan het overleg deelnamen");
        }
        return new Overleg(0, swv, datum, onderwerp, deelnemers.strip(), door,
                gemeenten.stream().map(Deelname::new).collect(Collectors.toSet()), Set.of(), null);
    }

    public void legAfspraakVast(String afspraak, String eigenaar, LocalDate uiterlijk) {
        if (afspraak == null || afspraak.isBlank()) {
            throw new OngeldigeInvoerException("afspraak", "beschrijf de afspraak");
        }
        if (eigenaar == null || eigenaar.isBlank()) {
            throw new OngeldigeInvoerException("eigenaar", "vul in wie de afspraak uitvoert");
        }
        if (uiterlijk != null && uiterlijk.isBefore(datum)) {
            throw new OngeldigeInvoerException("uiterlijk", "de uiterste datum ligt niet voor het overleg");
        }
        int volgnummer = afspraken.stream().mapToInt(Afspraak::volgnummer).max().orElse(0) + 1;
        afspraken.add(new Afspraak(volgnummer, afspraak.strip(), eigenaar.strip(), uiterlijk, Afspraak.Status.OPEN, null));
    }

    /** Either side marks an agreement done; done is done. */
    public void meldGereed(int volgnummer, LocalDate vandaag) {
        var afspraak = afspraken.stream().filter(a -> a.volgnummer() == volgnummer).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("deze afspraak hoort niet bij dit overleg"));
        if (afspraak.isGereed()) {
            throw new OngeldigeStapException("deze afspraak is al gereed gemeld");
        }
        afspraken.remove(afspraak);
        afspraken.add(new Afspraak(volgnummer, afspraak.afspraak(), afspraak.eigenaar(), afspraak.uiterlijk(), Afspraak.Status.GEREED, vandaag));
    }

    public long aantalOpen() {
        return afspraken.stream().filter(a -> !a.isGereed()).count();
    }

    public long aantalTeLaat(LocalDate vandaag) {
        return afspraken.stream().filter(a -> a.isTeLaat(vandaag)).count();
    }

    public boolean metGemeente(long gemeenteId) {
        return gemeenten.stream().anyMatch(g -> g.gemeenteId() == gemeenteId);
    }

    public long id() { return id; }
    public SwvCode swv() { return swv; }
    public LocalDate datum() { return datum; }
    public Onderwerp onderwerp() { return onderwerp; }
    public String deelnemers() { return deelnemers; }
    public String vastgelegdDoor() { return vastgelegdDoor; }
    public Set<Long> gemeenten() { return gemeenten.stream().map(Deelname::gemeenteId).collect(Collectors.toSet()); }
    public List<Afspraak> afspraken() { return new ArrayList<>(afspraken); }
    public int versie() { return versie == null ? 0 : versie; }
}
