package nl.thuisnabij.budget;

import nl.thuisnabij.aanvraag.Bekostigingscategorie;

/**
 * DUO's count, on 1 October of the peiljaar, of the (V)SO pupils of one kind and funding category
 * the SWV pays for, beside the TLVs of its own register that ran that day: the deduction as DUO will
 * make it, checked category by category before the invoice comes. {@code buitenSwv} of them go to
 * school in another SWV's region.
 */
public record SoVsoTelling(int peiljaar, String tlvSoort, Bekostigingscategorie categorie, int duo, int buitenSwv, int eigenRegister) {

    public int verschil() {
        return duo - eigenRegister;
    }
}
