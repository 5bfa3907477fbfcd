package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An SWV's own request policy (terms) and its catalogue of arrangements. */
@Service
public class Aanvraaginstellingen {

    private final AanvraagGegevensRepository gegevens;
    private final AuditLog auditLog;

    Aanvraaginstellingen(AanvraagGegevensRepository gegevens, AuditLog auditLog) {
        this.gegevens = gegevens;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public Aanvraagbeleid beleid(SwvCode swv) {
        return gegevens.beleid(swv).orElse(Aanvraagbeleid.standaard());
    }

    @Transactional
    public void wijzigBeleid(SwvCode swv, Aanvraagbeleid beleid) {
        gegevens.saveBeleid(swv, beleid);
        auditLog.schrijven(swv.waarde(), "aanvraagbeleid", swv.waarde(), "beleid gewijzigd: " + beleid);
    }

    @Transactional(readOnly = true)
    public List<Arrangementsoort> arrangementsoorten(SwvCode swv) {
        return gegevens.arrangementsoorten(swv);
    }

    @Transactional
    public void voegArrangementsoortToe(SwvCode swv, String naam, BigDecimal uurtarief) {
        if (naam == null || naam.isBlank() || uurtarief == null || uurtarief.signum() < 0) {
            throw new OngeldigeInvoerException("naam", "een arrangement heeft een naam en een uurtarief van ten minste € 0");
        }
        if (gegevens.arrangementsoorten(swv).stream().anyMatch(s -> s.naam().equalsIgnoreCase(naam.trim()))) {
            throw new OngeldigeInvoerException("naam", "arrangement '%s' staat al in de catalogus".formatted(naam.trim()));
        }
        gegevens.voegArrangementsoortToe(swv, naam.trim(), uurtarief.setScale(2, RoundingMode.HALF_UP));
        auditLog.schrijven(swv.waarde(), "arrangementsoort", naam.trim(), "arrangement toegevoegd aan de catalogus");
    }
}
