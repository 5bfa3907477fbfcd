package nl.thuisnabij.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Samenwerkingsverband;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.register.Zoekresultaat;
import nl.thuisnabij.shared.NietGevondenException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/samenwerkingsverbanden")
@Tag(name = "Samenwerkingsverbanden", description = "Openbaar register: welk samenwerkingsverband hoort bij een postcode of gemeente")
class SamenwerkingsverbandApiController {

    record ContactDto(String email, String telefoon, String website, String straat, String postcode, String plaats,
            String directeur) {
    }

    record SamenwerkingsverbandDto(String code, String sector, String naam, ContactDto contact, List<String> gemeenten,
            boolean opgeheven) {

        static SamenwerkingsverbandDto van(Samenwerkingsverband swv) {
            var c = swv.contact();
            return new SamenwerkingsverbandDto(swv.code().waarde(), swv.sector().name(), swv.weergavenaam(),
                    new ContactDto(c.email(), c.telefoon(), c.veiligeWebsite(), c.straat(), c.postcode(), c.plaats(), c.directeur()),
                    swv.gemeenten(), swv.opgeheven());
        }
    }

    record VestigingDto(String vestigingscode, String naam, String adres, String postcode, String plaats, String gemeente,
            String soort, Integer cluster, List<String> niveaus) {

        static VestigingDto van(Vestiging v) {
            return new VestigingDto(v.vestigingscode(), v.naam(), v.straat() + " " + v.huisnummer(), v.postcode().toString(),
                    v.plaats(), v.gemeente(), v.soort().name(), v.cluster(), v.niveaus());
        }
    }

    record SamenwerkingsverbandDetailDto(SamenwerkingsverbandDto samenwerkingsverband, List<VestigingDto> scholen) {
    }

    private final Register register;

    SamenwerkingsverbandApiController(Register register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Alle samenwerkingsverbanden, of die van één postcode of gemeente",
            description = "Zonder parameters: alle samenwerkingsverbanden. Met postcode (1011 of 1011 AB): het PO- en VO-samenwerkingsverband "
                    + "waaronder die postcode valt. Met gemeente: de samenwerkingsverbanden die (een deel van) de gemeente bedienen.")
    @ApiResponse(responseCode = "200", description = "Gevonden")
    @ApiResponse(responseCode = "400", description = "Ongeldige postcode", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Postcode of gemeente onbekend, of zonder samenwerkingsverband (Europoort)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    List<SamenwerkingsverbandDto> zoek(
            @Parameter(description = "Postcode: vier cijfers, eventueel met letters", example = "1011") @RequestParam(required = false) String postcode,
            @Parameter(description = "Gemeentenaam", example = "Utrecht") @RequestParam(required = false) String gemeente) {
        if (postcode != null) {
            return gevonden(register.zoekOpPostcode(postcode));
        }
        if (gemeente != null) {
            return gevonden(register.zoekOpGemeente(gemeente));
        }
        return register.alleSamenwerkingsverbanden().stream().map(SamenwerkingsverbandDto::van).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Eén samenwerkingsverband met zijn aangesloten scholen")
    @ApiResponse(responseCode = "404", description = "Onbekende code", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    SamenwerkingsverbandDetailDto een(@PathVariable String code) {
        var swv = register.bestaandSamenwerkingsverband(SwvCode.van(code));
        return new SamenwerkingsverbandDetailDto(SamenwerkingsverbandDto.van(swv),
                register.vestigingen(swv.code()).stream().map(VestigingDto::van).toList());
    }

    private static List<SamenwerkingsverbandDto> gevonden(Zoekresultaat resultaat) {
        return switch (resultaat) {
            case Zoekresultaat.Gevonden gevonden -> gevonden.samenwerkingsverbanden().stream().map(SamenwerkingsverbandDto::van).toList();
            case Zoekresultaat.ZonderSamenwerkingsverband zonder ->
                    throw new NietGevondenException("%s valt onder geen samenwerkingsverband: %s".formatted(zonder.gebied(), zonder.reden()));
            case Zoekresultaat.Onbekend onbekend ->
                    throw new NietGevondenException("%s is onbekend in de regio-indeling".formatted(onbekend.gebied()));
        };
    }
}
