package nl.thuisnabij.ondersteuning.web;

import static nl.thuisnabij.shared.web.Formuliervelden.datum;
import static nl.thuisnabij.shared.web.Formuliervelden.keuze;
import static nl.thuisnabij.shared.web.Formuliervelden.tekst;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.ondersteuning.AanbodInvoer;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.ondersteuning.Ondersteuningsdomein;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Keuze;

/** The forms of the support profile and the catalogue of support domains, text exactly as typed. */
final class Ondersteuningsformulieren {

    private static final String TEKST = "ten hoogste 500 tekens";

    private Ondersteuningsformulieren() {
    }

    /**
     * A school's support profile for a school year; the offer per support domain is keyed by the
     * domain's id. {@code versie} is empty for a school year without a profile yet.
     */
    record Profiel(
            @Getal(message = "de pagina is verouderd: laad haar opnieuw") String versie,
            @NotBlank(message = "kies een schooljaar") @Size(max = 9, message = "kies een schooljaar uit de lijst") String schooljaar,
            @NotBlank(message = "vul de datum van vaststelling in") @Datum String vastgesteldOp,
            @NotBlank(message = "vul het aantal beschikbare plaatsen in (0 als er geen zijn)")
            @Getal(message = "vul een heel aantal in, bijvoorbeeld 3") String beschikbarePlaatsen,
            @Size(max = 5_000, message = "ten hoogste 5.000 tekens") String toelichting,
            Map<String, String> niveau,
            Map<String, String> expertise,
            Map<String, String> voorzieningen,
            Map<String, String> capaciteit) {

        Integer geladenVersie() {
            return tekst(versie) == null ? null : Integer.valueOf(versie.strip());
        }

        Schooljaar jaar() {
            return Formuliervelden.lees("schooljaar", () -> Schooljaar.parse(schooljaar));
        }

        LocalDate vastgesteld() {
            return datum(vastgesteldOp);
        }

        int plaatsen() {
            return (int) Math.min(Integer.MAX_VALUE, Formuliervelden.nummer(beschikbarePlaatsen));
        }

        /** One offer per active domain of the SWV; every domain needs its level chosen. */
        List<AanbodInvoer> aanbod(List<Ondersteuningsdomein> domeinen) {
            return domeinen.stream().map(domein -> {
                var sleutel = String.valueOf(domein.id());
                var gekozen = waarde(niveau, sleutel);
                if (gekozen == null) {
                    throw new OngeldigeInvoerException("niveau[" + sleutel + "]", "kies het niveau bij " + domein.naam());
                }
                Niveau niveauVanDomein;
                try {
                    niveauVanDomein = Niveau.valueOf(gekozen);
                } catch (IllegalArgumentException onbekend) {
                    throw new OngeldigeInvoerException("niveau[" + sleutel + "]", "kies een van de niveaus in de lijst");
                }
                return new AanbodInvoer(domein.id(), niveauVanDomein, kort("expertise", expertise, sleutel),
                        kort("voorzieningen", voorzieningen, sleutel), kort("capaciteit", capaciteit, sleutel));
            }).toList();
        }

        private static String kort(String naam, Map<String, String> perDomein, String sleutel) {
            var tekst = waarde(perDomein, sleutel);
            if (tekst != null && tekst.length() > 500) {
                throw new OngeldigeInvoerException(naam + "[" + sleutel + "]", TEKST);
            }
            return tekst;
        }

        private static String waarde(Map<String, String> perDomein, String sleutel) {
            return perDomein == null ? null : tekst(perDomein.get(sleutel));
        }
    }

    record Domein(
            @NotBlank(message = "vul de naam van het ondersteuningsdomein in") @Size(max = 100, message = "ten hoogste 100 tekens") String naam,
            @NotBlank(message = "kies het vereiste niveau") @Keuze(Niveau.class) String vereistNiveau,
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String actief) {

        Niveau niveau() {
            return keuze(vereistNiveau, Niveau.class);
        }

        boolean isActief() {
            return "true".equals(actief);
        }
    }
}
