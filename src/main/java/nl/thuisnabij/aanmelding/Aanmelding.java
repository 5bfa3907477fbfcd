package nl.thuisnabij.aanmelding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A written registration (aanmelding) of a pupil at a school under the zorgplicht, from the
 * school's investigation through its decision to, when the school cannot offer the support, the
 * chain of proposed schools until the pupil has a place. Every step checks that it is allowed.
 *
 * <p>Over 300 lines on purpose: the whole state machine of the zorgplicht — its terms, every step,
 * the rule of when each may be taken ({@link #mogelijkeStappen}) and the chain of proposals — stays
 * in this one class, so it is written once and read in one place.
 */
@Table("aanmelding")
public final class Aanmelding {

    /** WPO art. 40 / WVO 2020: decision within 6 weeks after registration. */
    public static final int BESLISTERMIJN_WEKEN = 6;
    /** Once extendable by at most 4 weeks, told to the parents. */
    public static final int VERLENGING_WEKEN = 4;
    /** SWVs advise registering at least 10 weeks before the desired start. */
    public static final int AANMELDADVIES_WEKEN = 10;
    /** WPO 40 lid 2: parents register from the age of three; earlier it is a pre-registration. */
    public static final int AANMELDLEEFTIJD = 3;
    /** WPO 63 lid 4: the school decides not to handle it within 4 weeks after the term it set for the information. */
    public static final int NIET_IN_BEHANDELING_WEKEN = 4;

    @Id
    private long id;
    @Column("swv_code")
    private final SwvCode swv;
    private final long vestigingId;
    private final long leerlingId;
    private final LocalDate datumAanmelding;
    private final LocalDate geldtVanaf;
    private final LocalDate gewensteStartdatum;
    private final boolean ondersteuningsbehoefte;
    @MappedCollection(idColumn = "aanmelding_id", keyColumn = "domein_id")
    private final Map<Long, Behoefte> behoeften;
    private AanmeldingStatus status;
    private LocalDate verlengdOp;
    private String verlengingsreden;
    private String onderzoek;
    private LocalDate besluitOp;
    private String besluitToelichting;
    private Long geplaatstVestigingId;
    private LocalDate geplaatstOp;
    private LocalDate geescaleerdOp;
    private LocalDate aanvullingGevraagdOp;
    private LocalDate aanvullingUiterlijk;
    private String aanvullingOmschrijving;
    private int opgeschorteDagen;
    @MappedCollection(idColumn = "aanmelding_id")
    private final Set<Plaatsingspoging> pogingen;
    @Version
    private Integer versie;

    /** Reads a stored registration back (parts absent when Spring Data copies a new one); proposals are kept in their sequence. */
    @PersistenceCreator
    private Aanmelding(long id, SwvCode swv, long vestigingId, long leerlingId, LocalDate datumAanmelding, LocalDate geldtVanaf,
            LocalDate gewensteStartdatum, boolean ondersteuningsbehoefte, Map<Long, Behoefte> behoeften, AanmeldingStatus status,
            LocalDate verlengdOp, String verlengingsreden, String onderzoek, LocalDate besluitOp, String besluitToelichting,
            Long geplaatstVestigingId, LocalDate geplaatstOp, LocalDate geescaleerdOp, LocalDate aanvullingGevraagdOp,
            LocalDate aanvullingUiterlijk, String aanvullingOmschrijving, int opgeschorteDagen, Set<Plaatsingspoging> pogingen,
            Integer versie) {
        this.id = id;
        this.swv = swv;
        this.vestigingId = vestigingId;
        this.leerlingId = leerlingId;
        this.datumAanmelding = datumAanmelding;
        this.geldtVanaf = geldtVanaf;
        this.gewensteStartdatum = gewensteStartdatum;
        this.ondersteuningsbehoefte = ondersteuningsbehoefte;
        this.behoeften = behoeften == null ? Map.of() : Map.copyOf(behoeften);
        this.status = status;
        this.verlengdOp = verlengdOp;
        this.verlengingsreden = verlengingsreden;
        this.onderzoek = onderzoek;
        this.besluitOp = besluitOp;
        this.besluitToelichting = besluitToelichting;
        this.geplaatstVestigingId = geplaatstVestigingId;
        this.geplaatstOp = geplaatstOp;
        this.geescaleerdOp = geescaleerdOp;
        this.aanvullingGevraagdOp = aanvullingGevraagdOp;
        this.aanvullingUiterlijk = aanvullingUiterlijk;
        this.aanvullingOmschrijving = aanvullingOmschrijving;
        this.opgeschorteDagen = opgeschorteDagen;
        this.pogingen = new TreeSet<>(Comparator.comparingInt(Plaatsingspoging::volgnummer));
        if (pogingen != null) {
            this.pogingen.addAll(pogingen);
        }
        this.versie = versie;
    }

    /**
     * A new registration, checked for the facts the law ties terms to. A registration before the
     * pupil's third birthday is a pre-registration (WPO 40 lid 2): recorded, without terms, and a
     * registration from that birthday on.
     */
    public static Aanmelding nieuw(SwvCode swv, long vestigingId, long leerlingId, LocalDate geboortedatum, LocalDate datumAanmelding,
            LocalDate gewensteStartdatum, boolean ondersteuningsbehoefte, Map<Long, Niveau> behoeften, LocalDate vandaag) {
        if (datumAanmelding == null || datumAanmelding.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("datumAanmelding", "de datum van de schriftelijke aanmelding ontbreekt of ligt in de toekomst");
        }
        if (gewensteStartdatum == null) {
            throw new OngeldigeInvoerException("gewensteStartdatum", "vul de gewenste startdatum in");
        }
        if (!behoeften.isEmpty() && !ondersteuningsbehoefte) {
            throw new OngeldigeInvoerException("ondersteuningsbehoefte", "er zijn ondersteuningsbehoeften gekozen, maar niet aangegeven dat de ouders een ondersteuningsbehoefte melden");
        }
        var gevraagd = behoeften.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, b -> new Behoefte(b.getValue())));
        var derdeVerjaardag = geboortedatum.plusYears(AANMELDLEEFTIJD);
        return new Aanmelding(0, swv, vestigingId, leerlingId, datumAanmelding,
                derdeVerjaardag.isAfter(datumAanmelding) ? derdeVerjaardag : datumAanmelding, gewensteStartdatum, ondersteuningsbehoefte,
                gevraagd, AanmeldingStatus.AANGEMELD, null, null, null, null, null, null, null, null, null, null, null, 0, Set.of(), null);
    }

    /** WPO 40 lid 2: before the third birthday the registration has no legal effect yet, and no term runs. */
    public boolean isVooraanmelding(LocalDate vandaag) {
        return status == AanmeldingStatus.AANGEMELD && vandaag.isBefore(geldtVanaf);
    }

    /**
     * The days the terms stood still while the school waited for information it asked of the parents
     * (WPO 63 lid 4, Awb 4:15): from the request until the information came or its deadline passed.
     * While a request is open the term is held to its deadline, the longest it can stand still.
     */
    public int opgeschorteDagen() {
        return opgeschorteDagen + (aanvullingGevraagdOp == null ? 0 : (int) ChronoUnit.DAYS.between(aanvullingGevraagdOp, aanvullingUiterlijk));
    }

    private LocalDate termijnStart() {
        return geldtVanaf.plusDays(opgeschorteDagen());
    }

    public LocalDate uiterlijkeBeslisdatum(Termijnbeleid beleid) {
        return uiterlijkeBeslisdatum(geldtVanaf, opgeschorteDagen(), isVerlengd(), beleid);
    }

    /** The last day to decide (WPO 40 lid 4): six weeks from the day the duty began and the days it stood still, ten when extended once. */
    static LocalDate uiterlijkeBeslisdatum(LocalDate geldtVanaf, int opgeschorteDagen, boolean verlengd, Termijnbeleid beleid) {
        return beleid.naWeken(geldtVanaf.plusDays(opgeschorteDagen), BESLISTERMIJN_WEKEN + (verlengd ? VERLENGING_WEKEN : 0));
    }

    /** WPO 40 lid 7: after 10 weeks without a decision the pupil is temporarily enrolled at this school, from the next day. */
    public LocalDate voorlopigeToelatingVanaf(Termijnbeleid beleid) {
        return beleid.naWeken(termijnStart(), BESLISTERMIJN_WEKEN + VERLENGING_WEKEN).plusDays(1);
    }

    /** A temporary enrolment (WPO 40 lid 7): from the day after the 10 weeks; a refusal ends it the day after the decision, admission makes it definitive. */
    public record TijdelijkeInschrijving(LocalDate vanaf, LocalDate eindigtOp, boolean definitief) {
    }

    public Optional<TijdelijkeInschrijving> tijdelijkeInschrijving(LocalDate vandaag, Termijnbeleid beleid) {
        var vanaf = voorlopigeToelatingVanaf(beleid);
        boolean voorHetBesluit = besluitOp == null ? !vandaag.isBefore(vanaf) : !besluitOp.isBefore(vanaf);
        if (!voorHetBesluit || status == AanmeldingStatus.INGETROKKEN) {
            return Optional.empty();
        }
        boolean toegelaten = status == AanmeldingStatus.TOEGELATEN || status == AanmeldingStatus.TOEGELATEN_MET_ARRANGEMENT;
        return Optional.of(new TijdelijkeInschrijving(vanaf, besluitOp == null || toegelaten ? null : besluitOp.plusDays(1), toegelaten));
    }

    public long dagenOver(LocalDate vandaag, Termijnbeleid beleid) {
        return ChronoUnit.DAYS.between(vandaag, uiterlijkeBeslisdatum(beleid));
    }

    public boolean termijnOverschreden(LocalDate vandaag, Termijnbeleid beleid) {
        return status == AanmeldingStatus.AANGEMELD && vandaag.isAfter(uiterlijkeBeslisdatum(beleid));
    }

    public boolean voorlopigToegelaten(LocalDate vandaag, Termijnbeleid beleid) {
        return status == AanmeldingStatus.AANGEMELD && !vandaag.isBefore(voorlopigeToelatingVanaf(beleid));
    }

    /** WPO 40 lid 3, 63 lid 4: the school asks the parents for information; the terms stand still until it comes or its deadline passes. */
    public void vraagAanvulling(String omschrijving, LocalDate uiterlijk, LocalDate datum) {
        vereis(kan(Aanmeldingstap.AANVULLING_VRAGEN, datum), status == AanmeldingStatus.AANGEMELD
                ? "er staat al een vraag om informatie open; leg eerst vast dat die is ontvangen" : "over deze aanmelding is al besloten");
        if (omschrijving == null || omschrijving.isBlank()) {
            throw new OngeldigeInvoerException("omschrijving", "schrijf welke informatie de school van de ouders nodig heeft");
        }
        if (uiterlijk == null || !uiterlijk.isAfter(datum)) {
            throw new OngeldigeInvoerException("uiterlijk", "geef de ouders een datum na vandaag waarop de informatie binnen moet zijn");
        }
        aanvullingGevraagdOp = datum;
        aanvullingUiterlijk = uiterlijk;
        aanvullingOmschrijving = omschrijving.trim();
    }

    /** The information came: the terms run again, moved by the days they stood still (at most until the deadline set). */
    public void ontvangAanvulling(LocalDate datum) {
        vereis(kan(Aanmeldingstap.AANVULLING_ONTVANGEN, datum), "er staat geen vraag om informatie open");
        var tot = datum.isAfter(aanvullingUiterlijk) ? aanvullingUiterlijk : datum;
        opgeschorteDagen += (int) Math.max(0, ChronoUnit.DAYS.between(aanvullingGevraagdOp, tot));
        sluitAanvulling();
    }

    /**
     * WPO 63 lid 4: the information did not come, so the school decides not to handle the
     * registration — after the deadline it set, and within 4 weeks after it. The zorgplicht ends.
     */
    public void neemNietInBehandeling(String reden, LocalDate datum) {
        vereis(aanvullingGevraagdOp != null, "de school kan alleen niet in behandeling nemen als zij om informatie vroeg die niet kwam");
        vereis(kan(Aanmeldingstap.NIET_IN_BEHANDELING_NEMEN, datum), datum.isAfter(aanvullingUiterlijk)
                ? "dit kan tot vier weken na de datum die de ouders kregen; die zijn voorbij"
                : "de ouders hebben tot " + Datumnotatie.kort(aanvullingUiterlijk)
                        + " om de informatie te geven");
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "schrijf welke informatie ontbreekt; de ouders krijgen dit besluit met de reden");
        }
        opgeschorteDagen += (int) ChronoUnit.DAYS.between(aanvullingGevraagdOp, aanvullingUiterlijk);
        sluitAanvulling();
        status = AanmeldingStatus.NIET_IN_BEHANDELING;
        besluitOp = datum;
        besluitToelichting = reden.trim();
    }

    private void sluitAanvulling() {
        aanvullingGevraagdOp = null;
        aanvullingUiterlijk = null;
        aanvullingOmschrijving = null;
    }

    public boolean tijdigAangemeld() {
        return !datumAanmelding.isAfter(gewensteStartdatum.minusWeeks(AANMELDADVIES_WEKEN));
    }

    public void legOnderzoekVast(String tekst) {
        vereis(kan(Aanmeldingstap.ONDERZOEK_VASTLEGGEN, null), "het onderzoek kan alleen worden vastgelegd zolang de school nog niet besloten heeft");
        onderzoek = tekst == null || tekst.isBlank() ? null : tekst.trim();
    }

    public void verleng(String reden, LocalDate datum, Termijnbeleid beleid) {
        vereis(status == AanmeldingStatus.AANGEMELD, "alleen een aanmelding in onderzoek kan worden verlengd");
        vereis(kan(Aanmeldingstap.VERLENGEN, datum), "de beslistermijn is al eens verlengd; de wet staat één verlenging toe");
        vereis(!datum.isAfter(uiterlijkeBeslisdatum(beleid)), "de beslistermijn is al verstreken; verlengen kan alleen binnen de termijn");
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "geef de reden van de verlenging, zoals die aan de ouders is meegedeeld");
        }
        verlengdOp = datum;
        verlengingsreden = reden.trim();
    }

    /**
     * The school's decision. A refusal because the school is full (by a rule applied to every pupil
     * alike) or because the parents do not respect its grondslag carries no zorgplicht (WPO 40 lid
     * 5); a refusal because the school cannot give the support does, and only for a pupil who needs
     * extra support: the decision term applies to every registration, the duty to find another
     * place to those pupils (WPO 40 lid 4).
     */
    public void neemBesluit(AanmeldingStatus uitkomst, String toelichting, LocalDate datum) {
        vereis(kan(Aanmeldingstap.BESLUITEN, datum), "over deze aanmelding is al besloten");
        vereis(uitkomst.isBesluit(), "een besluit is toegelaten, toegelaten met arrangement, niet toegelaten, of geweigerd omdat de school vol is "
                + "of de ouders de grondslag niet respecteren");
        if (uitkomst != AanmeldingStatus.TOEGELATEN && (toelichting == null || toelichting.isBlank())) {
            throw new OngeldigeInvoerException("toelichting", switch (uitkomst) {
                case GEWEIGERD_VOL -> "schrijf de toelatingsregel die voor alle leerlingen geldt en waarom de school vol is";
                case GEWEIGERD_GRONDSLAG -> "schrijf waaruit blijkt dat de ouders de grondslag van de school niet respecteren";
                default -> "motiveer het besluit: welke ondersteuning is nodig en waarom";
            });
        }
        if (uitkomst == AanmeldingStatus.NIET_TOEGELATEN && !ondersteuningsbehoefte) {
            throw new OngeldigeInvoerException("uitkomst", "deze leerling heeft geen extra ondersteuning nodig, dus zoekt de school geen andere school: "
                    + "weiger alleen omdat de school vol is of de ouders de grondslag niet respecteren");
        }
        if (uitkomst == AanmeldingStatus.NIET_TOEGELATEN && behoeften.isEmpty()) {
            throw new OngeldigeInvoerException("leg eerst de ondersteuningsbehoeften vast: daarmee zoekt de school een andere passende plek");
        }
        status = uitkomst;
        besluitOp = datum;
        besluitToelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.trim();
        sluitAanvulling();
    }

    public Plaatsingspoging stelVoor(long andereVestigingId, BigDecimal afstandKm, LocalDate datum) {
        vereis(status == AanmeldingStatus.NIET_TOEGELATEN, "alleen voor een leerling die een andere school zoekt kan een school worden voorgesteld");
        vereis(kan(Aanmeldingstap.SCHOOL_VOORSTELLEN, datum), "er staat al een voorstel open; wacht het antwoord af");
        vereis(andereVestigingId != vestigingId, "de school van aanmelding kan zichzelf niet voorstellen");
        vereis(!afgewezenDoor().contains(andereVestigingId), "deze school heeft al afgewezen");
        var poging = new Plaatsingspoging(pogingen.size() + 1, andereVestigingId, afstandKm, datum,
                Plaatsingspoging.Antwoord.VOORGESTELD, null, null);
        pogingen.add(poging);
        return poging;
    }

    public void accepteer(int volgnummer, LocalDate datum) {
        var poging = openPoging(volgnummer);
        vervang(poging.beantwoord(Plaatsingspoging.Antwoord.GEACCEPTEERD, null, datum));
        status = AanmeldingStatus.GEPLAATST_ELDERS;
        geplaatstVestigingId = poging.vestigingId();
        geplaatstOp = datum;
    }

    public void wijsAf(int volgnummer, String reden, LocalDate datum) {
        var poging = openPoging(volgnummer);
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "geef de reden waarom uw school deze leerling niet kan plaatsen");
        }
        vervang(poging.beantwoord(Plaatsingspoging.Antwoord.AFGEWEZEN, reden.trim(), datum));
    }

    public void trekIn(LocalDate datum) {
        vereis(kan(Aanmeldingstap.INTREKKEN, datum), "alleen een lopende aanmelding kan worden ingetrokken");
        sluitOpenPoging("aanmelding ingetrokken", datum);
        status = AanmeldingStatus.INGETROKKEN;
        besluitOp = besluitOp == null ? datum : besluitOp;
    }

    /** The zorgplicht ends when parents persistently refuse to cooperate with the investigation. */
    public void beeindigZorgplicht(String reden, LocalDate datum) {
        vereis(kan(Aanmeldingstap.ZORGPLICHT_BEEINDIGEN, datum), "de zorgplicht loopt alleen bij een lopende aanmelding");
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "leg vast waarom de zorgplicht eindigt (bijvoorbeeld: ouders werken niet mee aan het onderzoek)");
        }
        sluitOpenPoging("zorgplicht beëindigd", datum);
        status = AanmeldingStatus.ZORGPLICHT_BEEINDIGD;
        besluitToelichting = reden.trim();
        besluitOp = besluitOp == null ? datum : besluitOp;
    }

    public boolean escaleer(LocalDate vandaag, Termijnbeleid beleid) {
        if (geescaleerdOp != null || !termijnOverschreden(vandaag, beleid)) {
            return false;
        }
        geescaleerdOp = vandaag;
        return true;
    }

    /** How long the pupil has been waiting for a place: since the parents registered, while no school has admitted. */
    public Optional<Long> dagenZonderPlek(LocalDate vandaag) {
        return status == AanmeldingStatus.NIET_TOEGELATEN ? Optional.of(ChronoUnit.DAYS.between(datumAanmelding, vandaag)) : Optional.empty();
    }

    public Set<Long> afgewezenDoor() {
        return pogingen.stream().filter(p -> p.antwoord() == Plaatsingspoging.Antwoord.AFGEWEZEN).map(Plaatsingspoging::vestigingId)
                .collect(Collectors.toSet());
    }

    public Optional<Plaatsingspoging> openPoging() {
        return pogingen.stream().filter(Plaatsingspoging::open).findFirst();
    }

    private Plaatsingspoging openPoging(int volgnummer) {
        vereis(volgnummer >= 1 && volgnummer <= pogingen.size(), "dit voorstel bestaat niet");
        var poging = pogingen.stream().filter(p -> p.volgnummer() == volgnummer).findFirst().orElseThrow();
        vereis(poging.open() && status == AanmeldingStatus.NIET_TOEGELATEN, "dit voorstel is al beantwoord");
        return poging;
    }

    private void vervang(Plaatsingspoging beantwoord) {
        pogingen.remove(beantwoord);
        pogingen.add(beantwoord);
    }

    private void sluitOpenPoging(String reden, LocalDate datum) {
        openPoging().ifPresent(p -> vervang(p.beantwoord(Plaatsingspoging.Antwoord.AFGEWEZEN, reden, datum)));
    }

    /**
     * The one place that says which steps can be taken on this registration now; the page offers
     * exactly these. Everyone who may open a registration (its school, the SWV's care staff) may
     * take them.
     */
    public Set<Aanmeldingstap> mogelijkeStappen(LocalDate vandaag) {
        var stappen = java.util.EnumSet.noneOf(Aanmeldingstap.class);
        for (var stap : Aanmeldingstap.values()) {
            if (kan(stap, vandaag)) {
                stappen.add(stap);
            }
        }
        return stappen;
    }

    private boolean kan(Aanmeldingstap stap, LocalDate vandaag) {
        return switch (stap) {
            case ONDERZOEK_VASTLEGGEN, BESLUITEN -> status == AanmeldingStatus.AANGEMELD;
            case VERLENGEN -> status == AanmeldingStatus.AANGEMELD && !isVerlengd();
            case AANVULLING_VRAGEN -> status == AanmeldingStatus.AANGEMELD && aanvullingGevraagdOp == null;
            case AANVULLING_ONTVANGEN -> status == AanmeldingStatus.AANGEMELD && aanvullingGevraagdOp != null;
            case NIET_IN_BEHANDELING_NEMEN -> status == AanmeldingStatus.AANGEMELD && aanvullingGevraagdOp != null && vandaag != null
                    && vandaag.isAfter(aanvullingUiterlijk) && !vandaag.isAfter(aanvullingUiterlijk.plusWeeks(NIET_IN_BEHANDELING_WEKEN));
            case SCHOOL_VOORSTELLEN -> status == AanmeldingStatus.NIET_TOEGELATEN && openPoging().isEmpty();
            case ZORGPLICHT_BEEINDIGEN, INTREKKEN -> status.isOpen();
        };
    }

    private static void vereis(boolean voorwaarde, String bericht) {
        if (!voorwaarde) {
            throw new OngeldigeStapException(bericht);
        }
    }

    public boolean isVerlengd() {
        return verlengdOp != null;
    }

    public long id() { return id; }
    public SwvCode swv() { return swv; }
    public long vestigingId() { return vestigingId; }
    public long leerlingId() { return leerlingId; }
    public LocalDate datumAanmelding() { return datumAanmelding; }
    public LocalDate geldtVanaf() { return geldtVanaf; }
    public LocalDate aanvullingGevraagdOp() { return aanvullingGevraagdOp; }
    public LocalDate aanvullingUiterlijk() { return aanvullingUiterlijk; }
    public String aanvullingOmschrijving() { return aanvullingOmschrijving; }
    public LocalDate gewensteStartdatum() { return gewensteStartdatum; }
    public boolean ondersteuningsbehoefte() { return ondersteuningsbehoefte; }
    public Map<Long, Niveau> behoeften() { return behoeften.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, b -> b.getValue().niveau())); }
    public AanmeldingStatus status() { return status; }
    public LocalDate verlengdOp() { return verlengdOp; }
    public String verlengingsreden() { return verlengingsreden; }
    public String onderzoek() { return onderzoek; }
    public LocalDate besluitOp() { return besluitOp; }
    public String besluitToelichting() { return besluitToelichting; }
    public Long geplaatstVestigingId() { return geplaatstVestigingId; }
    public LocalDate geplaatstOp() { return geplaatstOp; }
    public LocalDate geescaleerdOp() { return geescaleerdOp; }
    public List<Plaatsingspoging> pogingen() { return List.copyOf(pogingen); }
    public int versie() { return versie == null ? 0 : versie; }

    /** The level of support the parents report in one domain of the SWV's catalogue. */
    @Table("aanmelding_behoefte")
    record Behoefte(Niveau niveau) {
    }
}
