package nl.thuisnabij.shared.web;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One step submitted with a form. A valid form is carried out and the person goes back to the page
 * with a message saying what happened. A refused form — by its validation or by a domain rule — is
 * never lost: the same page is shown again (400, or 409 when someone else saved first) with every
 * typed value and the messages at their fields; whatever the step had already written is rolled back.
 *
 * @param stap      the name of the step, as the template asks {@link Formulier#voor(String)}
 * @param invoer    the form record, exactly as typed
 * @param binding   its validation result
 */
public record Formulierstap(String stap, Record invoer, BindingResult binding) {

    /**
     * @param uitvoering carries out the step and answers the message for the person (null when it left its own)
     * @param terug      where a carried-out step leads
     * @param pagina     fills the model of the page the form sits on and answers its view
     */
    public ModelAndView voerUit(Supplier<String> uitvoering, String terug, Model model, RedirectAttributes doorsturen,
            Consumer<Model> pagina, String view) {
        if (binding.hasErrors()) {
            return weiger(Formulier.geweigerd(stap, invoer, binding), HttpStatus.BAD_REQUEST, model, pagina, view);
        }
        try {
            var melding = uitvoering.get();
            if (melding != null) {
                doorsturen.addFlashAttribute("melding", melding);
            }
            return new ModelAndView("redirect:" + terug);
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            rolTerug();
            return weiger(fout, model, pagina, view);
        }
    }

    /**
     * Shows what a valid form would do before it is done (a decision's letter): the preview fills the
     * model and answers its view; a refused form comes back as with {@link #voerUit}.
     */
    public ModelAndView bekijk(Function<Model, String> voorbeeld, Model model, Consumer<Model> pagina, String view) {
        if (binding.hasErrors()) {
            return weiger(Formulier.geweigerd(stap, invoer, binding), HttpStatus.BAD_REQUEST, model, pagina, view);
        }
        try {
            var voorbeeldView = voorbeeld.apply(model);
            model.addAttribute("getypt", Formulier.waarden(invoer));
            return new ModelAndView(voorbeeldView, model.asMap());
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            return weiger(fout, model, pagina, view);
        }
    }

    /** The page again with the form as it was typed and no messages, to change it after a preview. */
    public ModelAndView terug(Model model, Consumer<Model> pagina, String view) {
        pagina.accept(model);
        model.addAttribute(Formulier.MODEL, Formulier.terug(stap, invoer));
        return new ModelAndView(view, model.asMap());
    }

    private ModelAndView weiger(RuntimeException fout, Model model, Consumer<Model> pagina, String view) {
        if (fout instanceof GelijktijdigeWijzigingException) {
            return weiger(Formulier.geweigerd(stap, invoer, fout.getMessage()
                    + " Uw invoer staat hieronder nog; laad de pagina opnieuw om de wijzigingen te zien."), HttpStatus.CONFLICT, model, pagina, view);
        }
        return weiger(Formulier.geweigerd(stap, invoer, (OngeldigeInvoerException) fout), HttpStatus.BAD_REQUEST, model, pagina, view);
    }

    private ModelAndView weiger(Formulier geweigerd, HttpStatus status, Model model, Consumer<Model> pagina, String view) {
        pagina.accept(model);
        model.addAttribute(Formulier.MODEL, geweigerd);
        var antwoord = new ModelAndView(view, model.asMap());
        antwoord.setStatus(status);
        return antwoord;
    }

    /** Whatever the refused step already wrote goes: no pupil without the request it was registered for. */
    private static void rolTerug() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }
}
