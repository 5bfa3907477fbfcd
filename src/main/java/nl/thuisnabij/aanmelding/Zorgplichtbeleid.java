package nl.thuisnabij.aanmelding;

import nl.thuisnabij.aanmelding.persistence.TermijnbeleidRepository;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An SWV's policy for the zorgplicht terms: whether holidays suspend them, and its region's holidays. */
@Service
public class Zorgplichtbeleid {

    private final TermijnbeleidRepository repository;
    private final AuditLog auditLog;

    Zorgplichtbeleid(TermijnbeleidRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public Termijnbeleid termijnbeleid(SwvCode swv) {
        return repository.termijnbeleid(swv);
    }

    @Transactional
    public void wijzigTermijnbeleid(SwvCode swv, boolean vakantiesSchortenOp) {
        repository.saveTermijnbeleid(swv, vakantiesSchortenOp);
        auditLog.schrijven(swv.waarde(), "zorgplichtbeleid", swv.waarde(), "vakanties schorten termijn op: " + vakantiesSchortenOp);
    }

    @Transactional
    public void voegVakantieToe(SwvCode swv, Vakantie vakantie) {
        if (vakantie.naam() == null || vakantie.naam().isBlank()) {
            throw new OngeldigeInvoerException("naam", "geef de vakantie een naam, bijvoorbeeld Kerstvakantie 2026");
        }
        repository.addVakantie(swv, vakantie);
        auditLog.schrijven(swv.waarde(), "zorgplichtbeleid", swv.waarde(), "vakantie toegevoegd: " + vakantie.naam());
    }
}
