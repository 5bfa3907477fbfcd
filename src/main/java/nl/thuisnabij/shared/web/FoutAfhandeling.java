package nl.thuisnabij.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns domain exceptions into a clear Dutch answer: a problem+json body for the API, an error
 * page for people. Never a stack trace, never a 500 for bad input.
 */
@ControllerAdvice
class FoutAfhandeling {

    @ExceptionHandler(OngeldigeInvoerException.class)
    Object ongeldig(OngeldigeInvoerException fout, HttpServletRequest verzoek) {
        return antwoord(HttpStatus.BAD_REQUEST, "Ongeldige invoer", fout.getMessage(), verzoek);
    }

    @ExceptionHandler(NietGevondenException.class)
    Object nietGevonden(NietGevondenException fout, HttpServletRequest verzoek) {
        return antwoord(HttpStatus.NOT_FOUND, "Niet gevonden", fout.getMessage(), verzoek);
    }

    /** An upload form sent without its file part (a hand-made request): the file is missing, not the server broken. */
    @ExceptionHandler(MultipartException.class)
    Object geenBestand(MultipartException fout, HttpServletRequest verzoek) {
        return antwoord(HttpStatus.BAD_REQUEST, "Ongeldige invoer", "Kies een bestand om te uploaden.", verzoek);
    }

    @ExceptionHandler(GelijktijdigeWijzigingException.class)
    Object conflict(GelijktijdigeWijzigingException fout, HttpServletRequest verzoek) {
        return antwoord(HttpStatus.CONFLICT, "Gelijktijdige wijziging", fout.getMessage(), verzoek);
    }

    private static Object antwoord(HttpStatus status, String titel, String bericht, HttpServletRequest verzoek) {
        if (verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/")) {
            var probleem = ProblemDetail.forStatusAndDetail(status, bericht);
            probleem.setTitle(titel);
            return ResponseEntity.status(status).body(probleem);
        }
        var pagina = new ModelAndView("fout");
        pagina.setStatus(status);
        pagina.addObject("titel", titel);
        pagina.addObject("bericht", bericht);
        return pagina;
    }
}
