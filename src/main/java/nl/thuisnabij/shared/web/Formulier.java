package nl.thuisnabij.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import java.util.Objects;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.validation.BindingResult;

/**
 * The state of the one form on a page that was refused: everything the person typed, a message per
 * field and messages about the form as a whole. Templates ask {@link #voor(String)} for the form of a
 * step; a form that was not refused shows its normal values. Available on every page as
 * {@code formulier}.
 */
public final class Formulier {

    public static final String MODEL = "formulier";

    /** Fields a person does not see (the version they loaded): their messages concern the form as a whole. */
    private static final java.util.Set<String> VERBORGEN = java.util.Set.of("versie");

    private static final Formulier LEEG = new Formulier(null, Map.of(), Map.of(), List.of());

    private final String stap;
    private final Map<String, String> waarden;
    private final Map<String, String> fouten;
    private final List<String> algemeen;

    private Formulier(String stap, Map<String, String> waarden, Map<String, String> fouten, List<String> algemeen) {
        this.stap = stap;
        this.waarden = waarden;
        this.fouten = fouten;
        this.algemeen = algemeen;
    }

    public static Formulier leeg() {
        return LEEG;
    }

    /** A form refused by its validation: the first message of each field, in the order of the form. */
    public static Formulier geweigerd(String stap, Record invoer, BindingResult binding) {
        var waarden = waarden(invoer);
        var fouten = new LinkedHashMap<String, String>();
        var algemeen = new ArrayList<String>();
        waarden.keySet().forEach(veld -> {
            var fout = binding.getFieldError(veld);
            if (fout != null && VERBORGEN.contains(veld)) {
                algemeen.add(hoofdletter(fout.getDefaultMessage()));
            } else if (fout != null) {
                fouten.put(veld, hoofdletter(fout.getDefaultMessage()));
            }
        });
        binding.getGlobalErrors().forEach(fout -> algemeen.add(hoofdletter(fout.getDefaultMessage())));
        return new Formulier(stap, waarden, fouten, algemeen);
    }

    /** A form the domain refused: the message goes to its field when it names one. */
    public static Formulier geweigerd(String stap, Record invoer, OngeldigeInvoerException fout) {
        var waarden = waarden(invoer);
        return fout.veld() != null && waarden.containsKey(fout.veld())
                ? new Formulier(stap, waarden, Map.of(fout.veld(), hoofdletter(fout.getMessage())), List.of())
                : new Formulier(stap, waarden, Map.of(), List.of(hoofdletter(fout.getMessage())));
    }

    /** A form that could not be saved for a reason outside its fields, e.g. someone else saved first. */
    public static Formulier geweigerd(String stap, Record invoer, String bericht) {
        return new Formulier(stap, waarden(invoer), Map.of(), List.of(hoofdletter(bericht)));
    }

    /** A form shown again as it was typed, without messages: the way back from a preview to change it. */
    public static Formulier terug(String stap, Record invoer) {
        return new Formulier(stap, waarden(invoer), Map.of(), List.of());
    }

    public boolean isGeweigerd() {
        return !fouten.isEmpty() || !algemeen.isEmpty();
    }

    public Map<String, String> fouten() {
        return fouten;
    }

    public List<String> algemeen() {
        return algemeen;
    }

    /** The form of one step, as the template fills it. */
    public Stand voor(String stapnaam) {
        return new Stand(Objects.equals(stap, stapnaam));
    }

    /** One form on the page: the typed value when this form was refused, otherwise the value it normally shows. */
    public final class Stand {

        /** Whether this form shows what was typed rather than what it normally shows. */
        private final boolean getypt;

        private Stand(boolean getypt) {
            this.getypt = getypt;
        }

        public String waarde(String veld, Object normaal) {
            if (getypt) {
                return waarden.getOrDefault(veld, "");
            }
            return normaal == null ? "" : normaal.toString();
        }

        public String waarde(String veld) {
            return waarde(veld, null);
        }

        /** Whether a radio button, checkbox or option with this value is chosen. */
        public boolean gekozen(String veld, Object optie, boolean normaal) {
            return getypt ? Objects.equals(waarden.get(veld), String.valueOf(optie)) : normaal;
        }

        public String fout(String veld) {
            return getypt ? fouten.get(veld) : null;
        }
    }

    /** What was typed in each field of a form record, e.g. to carry it in the hidden fields of a confirmation. */
    public static Map<String, String> waarden(Record invoer) {
        var waarden = new LinkedHashMap<String, String>();
        for (var component : invoer.getClass().getRecordComponents()) {
            try {
                // form records are package-private in their module's web package
                var lezer = component.getAccessor();
                lezer.setAccessible(true);
                var waarde = lezer.invoke(invoer);
                if (waarde instanceof java.util.Collection<?> bestanden && bestanden.stream().allMatch(MultipartFile.class::isInstance)) {
                    // a browser never sends a chosen file twice: a file field has no typed value to show again
                    waarden.put(component.getName(), "");
                } else if (waarde instanceof Map<?, ?> perSleutel) {
                    // fields that repeat per item of a list, e.g. behoefte[12]
                    perSleutel.forEach((sleutel, w) -> waarden.put(component.getName() + "[" + sleutel + "]", w == null ? "" : w.toString()));
                } else {
                    waarden.put(component.getName(), waarde == null ? "" : waarde.toString());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("formulier " + invoer.getClass().getSimpleName() + " is niet leesbaar", e);
            }
        }
        return waarden;
    }

    private static String hoofdletter(String bericht) {
        return bericht == null || bericht.isEmpty() ? bericht : Character.toUpperCase(bericht.charAt(0)) + bericht.substring(1);
    }
}
