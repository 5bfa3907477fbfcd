package nl.thuisnabij.ondersteuning;

/** What a school offers for one support domain. */
public record Aanbod(Ondersteuningsdomein domein, Niveau niveau, String expertise, String voorzieningen, String capaciteit) {

    public boolean onderVereisteBasis() {
        return !niveau.dekt(domein.vereistNiveau());
    }
}
