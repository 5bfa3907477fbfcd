package nl.thuisnabij.aanvraag;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.aanvraag.persistence.TlvVolgnummerRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.opp.Oppcasus;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SWV's steps on a submitted request: taking it on, asking a supplement or expert advice, the
 * agenda, the decision with its letter and mail, and the objection procedure.
 */
@Service
public class Beoordeling {

    private final Aanvraaginstellingen instellingen;
    private final TlvBevoegdheid bevoegdheid;
    private final Commissie commissie;
    private final Aanvraagwerk werk;
    private final Besluitbrief brief;
    private final Opps opps;
    private final Deskundigen deskundigen;
    private final TlvVolgnummerRepository volgnummers;
    private final Bijlagen bijlagen;

    Beoordeling(Aanvraaginstellingen instellingen, TlvBevoegdheid bevoegdheid, Commissie commissie, Aanvraagwerk werk, Besluitbrief brief,
            Opps opps, Deskundigen deskundigen, TlvVolgnummerRepository volgnummers, Bijlagen bijlagen) {
        this.volgnummers = volgnummers;
        this.bijlagen = bijlagen;
        this.brief = brief;
        this.deskundigen = deskundigen;
        this.opps = opps;
        this.instellingen = instellingen;
        this.bevoegdheid = bevoegdheid;
        this.commissie = commissie;
        this.werk = werk;
    }

    @Transactional
    public void neemInBehandeling(SwvCode swv, long id, int versie, Gebruiker coordinator) {
        werk.wijzig(swv, id, versie, coordinator, Aanvraagstap.IN_BEHANDELING_NEMEN, "in behandeling genomen door " + coordinator.naam(),
                a -> a.neemInBehandeling(coordinator.id()));
    }

    @Transactional
    public void vraagAanvulling(SwvCode swv, long id, int versie, Gebruiker door, String gevraagd) {
        var deadline = werk.vandaag().plusDays(instellingen.beleid(swv).aanvullingDagen());
        werk.wijzig(swv, id, versie, door, Aanvraagstap.AANVULLING_VRAGEN, "aanvulling gevraagd",
                a -> a.vraagAanvulling(gevraagd, deadline, werk.vandaag()));
    }

    /**
     * Asks two of the SWV's registered experts for advice: the first an orthopedagoog or psycholoog
     * by profession, neither working for the requesting school or its board.
     */
    @Transactional
    public void vraagAdvies(SwvCode swv, long id, int versie, Gebruiker door, long eerste, long tweede) {
        var aanvraag = werk.zichtbaar(swv, id, door);
        var eersteDeskundige = deskundigen.vereisOnafhankelijk(swv, aanvraag, eerste, "eerste");
        if (!eersteDeskundige.beroep().magEersteDeskundigeZijn()) {
            throw new OngeldigeInvoerException("eerste", "de eerste deskundige is een orthopedagoog of een psycholoog; " + eersteDeskundige.naam() + " is "
                    + eersteDeskundige.beroep().omschrijving());
        }
        deskundigen.vereisOnafhankelijk(swv, aanvraag, tweede, "tweede");
        werk.wijzig(swv, id, versie, door, Aanvraagstap.ADVIES_VRAGEN, "deskundigenadvies gevraagd", a -> a.vraagAdvies(eerste, tweede));
    }

    /**
     * Replaces an expert whose advice is outstanding by another registered, independent expert; one
     * of the two asked stays an orthopedagoog or psycholoog (WPO 18a lid 11).
     */
    @Transactional
    public void vervangDeskundige(SwvCode swv, long id, int versie, Gebruiker door, long vervangen, long nieuw) {
        var aanvraag = werk.zichtbaar(swv, id, door);
        var nieuwe = deskundigen.vereisOnafhankelijk(swv, aanvraag, nieuw, "nieuw");
        var blijvend = aanvraag.deskundigen().stream().filter(d -> d != vervangen).findFirst();
        boolean blijvendMagEerste = blijvend.flatMap(d -> deskundigen.vanSwv(swv).stream().filter(x -> x.gebruikerId() == d).findFirst())
                .map(Deskundigen.Deskundige::beroep).map(Deskundigheid::magEersteDeskundigeZijn).orElse(false);
        if (!blijvendMagEerste && !nieuwe.beroep().magEersteDeskundigeZijn()) {
            throw new OngeldigeInvoerException("nieuw", "een van beide deskundigen is een orthopedagoog of een psycholoog; " + nieuwe.naam() + " is "
                    + nieuwe.beroep().omschrijving());
        }
        werk.wijzig(swv, id, versie, door, Aanvraagstap.DESKUNDIGE_VERVANGEN, "deskundige " + vervangen + " vervangen door " + nieuw,
                a -> a.vervangDeskundige(vervangen, nieuw, werk.vandaag()));
    }

    /** Records an expert of the SWV who wrote or contributed to the request; they can no longer be asked for advice on it. */
    @Transactional
    public void legMeewerkerVast(SwvCode swv, long id, int versie, Gebruiker door, long meewerker) {
        if (deskundigen.vanSwv(swv).stream().noneMatch(d -> d.gebruikerId() == meewerker)) {
            throw new OngeldigeInvoerException("meewerker", "kies een deskundige van het samenwerkingsverband");
        }
        werk.wijzig(swv, id, versie, door, Aanvraagstap.MEEWERKER_VASTLEGGEN, "meewerker aan de aanvraag vastgelegd: " + meewerker,
                a -> a.legMeewerkerVast(meewerker));
    }

    /** An expert gives their written advice, with the profession the SWV recorded for them. */
    @Transactional
    public void geefAdvies(SwvCode swv, long id, int versie, Gebruiker deskundige, boolean positief, String motivering, boolean onafhankelijk) {
        werk.wijzig(swv, id, versie, deskundige, Aanvraagstap.ADVIES_GEVEN, "deskundigenadvies gegeven",
                a -> a.voegAdviesToe(deskundige.id(), deskundige.naam(), deskundigen.beroep(swv, deskundige.id()), positief, motivering, werk.vandaag(),
                        onafhankelijk));
    }

    @Transactional
    public void agendeer(SwvCode swv, long id, int versie, Gebruiker door, long vergadering) {
        if (commissie.vergaderdata(swv).stream().noneMatch(v -> v.id() == vergadering)) {
            throw new NietGevondenException("deze vergadering hoort niet bij " + swv);
        }
        werk.wijzig(swv, id, versie, door, Aanvraagstap.AGENDEREN, "geagendeerd voor vergadering " + vergadering, a -> a.agendeer(vergadering));
    }

    @Transactional
    public void haalVanAgenda(SwvCode swv, long id, int versie, Gebruiker door) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.VAN_AGENDA_HALEN, "van de agenda van de commissie gehaald", Aanvraag::haalVanAgenda);
    }

    @Transactional
    public void neemBesluit(SwvCode swv, long id, int versie, Gebruiker door, BesluitInvoer invoer) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.BESLUITEN, "besluit: " + invoer.uitkomst().omschrijving(),
                a -> {
                    a.neemBesluit(besluit(swv, a, invoer, door, "aanvraag"), instellingen.beleid(swv));
                    nummerTlv(a);
                    legOndersteuningVast(a);
                });
    }

    /** A TLV granted for the first time, also on objection, takes the SWV's next volgnummer in the same transaction. */
    private void nummerTlv(Aanvraag aanvraag) {
        if (aanvraag.wachtOpTlvVolgnummer()) {
            aanvraag.kenTlvVolgnummerToe(volgnummers.volgende(aanvraag.swv()));
        }
    }

    /** A pupil granted an arrangement or a TLV must have an OPP; the OPP module lists those without one. */
    private void legOndersteuningVast(Aanvraag aanvraag) {
        aanvraag.huidigBesluit().filter(b -> b.uitkomst().isToegekend()).ifPresent(b -> opps.legOndersteuningVast(aanvraag.swv(),
                aanvraag.leerlingId(), "aanvraag " + aanvraag.id(), b.isTlv() ? Oppcasus.TLV : Oppcasus.ARRANGEMENT));
    }

    /** The letter the decision would give, checked by every rule of the decision itself, before it is final. */
    @Transactional(readOnly = true)
    public List<Briefregel> besluitVoorbeeld(SwvCode swv, long id, int versie, Gebruiker door, BesluitInvoer invoer) {
        var aanvraag = werk.probeer(swv, id, versie, door, Aanvraagstap.BESLUITEN,
                a -> a.neemBesluit(besluit(swv, a, invoer, door, "aanvraag"), instellingen.beleid(swv)));
        return brief.regels(aanvraag, aanvraag.huidigBesluit().orElseThrow());
    }

    @Transactional
    public void dienBezwaarIn(SwvCode swv, long id, Gebruiker door, Bezwaar.Indiener indiener, String gronden) {
        dienBezwaarIn(swv, id, door, indiener, gronden, List.of());
    }

    /** The objection with the documents sent along; one refused document refuses the whole, so nothing half arrives. */
    @Transactional
    public void dienBezwaarIn(SwvCode swv, long id, Gebruiker door, Bezwaar.Indiener indiener, String gronden, List<Bijlagen.Stuk> stukken) {
        var gecontroleerd = Bijlagen.controleerBijBezwaar(stukken);
        var aanvraag = werk.zichtbaar(swv, id, door);
        var ingediend = werk.wijzig(swv, id, aanvraag.versie(), door, Aanvraagstap.BEZWAAR_INDIENEN, "bezwaar ingediend door "
                + indiener.name().toLowerCase(), a -> a.dienBezwaarIn(indiener, gronden, werk.vandaag()));
        bijlagen.bewaarBijBezwaar(swv, id, ingediend.bezwaren().getLast().volgnummer(), door, gecontroleerd);
    }

    @Transactional
    public void vraagLbtAdvies(SwvCode swv, long id, int versie, Gebruiker door) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.LBT_ADVIES_VRAGEN, "advies LBT gevraagd", a -> a.vraagLbtAdvies(werk.vandaag()));
    }

    @Transactional
    public void registreerLbtAdvies(SwvCode swv, long id, int versie, Gebruiker door, String advies) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.LBT_ADVIES_VASTLEGGEN, "advies LBT vastgelegd", a -> a.registreerLbtAdvies(advies,
                werk.vandaag()));
    }

    /** Revokes a grant; the letter goes to school and parents, the change to the budget and, for a TLV DUO had, to DUO. */
    @Transactional
    public void trekToekenningIn(SwvCode swv, long id, int versie, Gebruiker door, String motivering) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.TOEKENNING_INTREKKEN, "toekenning ingetrokken",
                a -> a.trekToekenningIn(motivering, werk.vandaag(), door.naam()));
    }

    /** Ends a grant early, on the last day given. */
    @Transactional
    public void beeindigToekenning(SwvCode swv, long id, int versie, Gebruiker door, String motivering, LocalDate laatsteDag) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.TOEKENNING_BEEINDIGEN, "toekenning voortijdig beëindigd per " + laatsteDag,
                a -> a.beeindigToekenning(motivering, laatsteDag, werk.vandaag(), door.naam()));
    }

    /** Awb 7:10 lid 3: postpones the decision on the open objection once, by six weeks. */
    @Transactional
    public void verdaagBezwaar(SwvCode swv, long id, int versie, Gebruiker door, String reden) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.BEZWAAR_VERDAGEN, "beslissing op bezwaar verdaagd", a -> a.verdaagBezwaar(reden, werk.vandaag()));
    }

    @Transactional
    public void beslisOpBezwaar(SwvCode swv, long id, int versie, Gebruiker door, boolean gegrond, boolean volledigTegemoet, String toelichting,
            BesluitInvoer nieuw) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.BESLISSEN_OP_BEZWAAR,
                "beslissing op bezwaar: " + (gegrond ? "gegrond" : "ongegrond") + (volledigTegemoet ? ", volledig tegemoetgekomen" : ""),
                a -> {
                    a.beslisOpBezwaar(gegrond, volledigTegemoet, toelichting, gegrond ? besluit(swv, a, nieuw, door, "beslissing op bezwaar") : null,
                            werk.vandaag(), instellingen.beleid(swv));
                    nummerTlv(a);
                    legOndersteuningVast(a);
                });
    }

    /**
     * What the decision on the objection would send, checked by all its rules, before it is final:
     * the new decision's letter when the objection is well-founded, otherwise the decision that the
     * earlier one stands.
     */
    @Transactional(readOnly = true)
    public List<Briefregel> bezwaarbeslissingVoorbeeld(SwvCode swv, long id, int versie, Gebruiker door, boolean gegrond, boolean volledigTegemoet,
            String toelichting, BesluitInvoer nieuw) {
        var aanvraag = werk.probeer(swv, id, versie, door, Aanvraagstap.BESLISSEN_OP_BEZWAAR,
                a -> a.beslisOpBezwaar(gegrond, volledigTegemoet, toelichting, gegrond ? besluit(swv, a, nieuw, door, "beslissing op bezwaar") : null,
                        werk.vandaag(), instellingen.beleid(swv)));
        return gegrond ? brief.regels(aanvraag, aanvraag.huidigBesluit().orElseThrow()) : brief.bezwaarOngegrond(aanvraag, toelichting);
    }

    private Besluit besluit(SwvCode swv, Aanvraag a, BesluitInvoer invoer, Gebruiker door, String aanleiding) {
        if (invoer == null || invoer.uitkomst() == null) {
            throw new OngeldigeInvoerException("uitkomst", "kies de uitkomst van het besluit");
        }
        if (a.soort().isTlv()) {
            // the law looks at the moment of admission: the competent SWV is established again at the decision
            var bevoegd = bevoegdheid.bepaal(swv, a);
            a.legBevoegdheidVast(bevoegd.swv(), bevoegd.toelichting());
            return new Besluit(a.volgendBesluitnummer(), invoer.uitkomst(), invoer.motivering(), werk.vandaag(), door.naam(), aanleiding,
                    null, null,
                    null, null, invoer.uitkomst().isToegekend() ? a.soort().tlvSoort() : null, invoer.categorie(), bevoegd.swv(),
                    invoer.startdatum(), invoer.einddatum());
        }
        var soort = instellingen.arrangementsoorten(swv).stream().filter(s -> s.id() == (a.arrangementsoortId() == null ? -1 : a.arrangementsoortId()))
                .findFirst().orElse(null);
        var tarief = soort == null ? null : soort.uurtarief();
        var bedrag = invoer.uren() != null && tarief != null ? invoer.uren().multiply(tarief).setScale(2, RoundingMode.HALF_UP) : invoer.bedrag();
        return new Besluit(a.volgendBesluitnummer(), invoer.uitkomst(), invoer.motivering(), werk.vandaag(), door.naam(), aanleiding,
                a.arrangementsoortId(), invoer.uren(), invoer.uren() == null ? null : tarief, bedrag, null, null, null, invoer.startdatum(),
                invoer.einddatum());
    }

}
