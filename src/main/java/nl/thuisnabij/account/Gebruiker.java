package nl.thuisnabij.account;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with the organisation their roles apply to. Whatever the login method
 * (password now, OIDC later), the rest of the application only sees this.
 */
public final class Gebruiker implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String gebruikersnaam;
    private final String naam;
    private String wachtwoordHash;
    private final Set<Rol> rollen;
    private final String swvCode;
    private final Long vestigingId;
    private final Long gemeenteId;
    private final boolean actief;

    public Gebruiker(long id, String gebruikersnaam, String naam, String wachtwoordHash, Collection<Rol> rollen,
            String swvCode, Long vestigingId, Long gemeenteId, boolean actief) {
        if (rollen.isEmpty()) {
            throw new OngeldigeInvoerException("een gebruiker heeft ten minste één rol");
        }
        var scopes = rollen.stream().map(Rol::scope).collect(Collectors.toSet());
        if (scopes.size() > 1) {
            throw new OngeldigeInvoerException("de rollen van één gebruiker horen bij één soort organisatie");
        }
        var scope = scopes.iterator().next();
        boolean klopt = switch (scope) {
            case PLATFORM, OUDER, LANDELIJK -> swvCode == null && vestigingId == null && gemeenteId == null;
            case SWV -> swvCode != null && vestigingId == null && gemeenteId == null;
            case SCHOOL -> swvCode != null && vestigingId != null && gemeenteId == null;
            case GEMEENTE -> swvCode == null && vestigingId == null && gemeenteId != null;
        };
        if (!klopt) {
            throw new OngeldigeInvoerException("rol %s vraagt een andere organisatie dan opgegeven".formatted(rollen));
        }
        this.id = id;
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.wachtwoordHash = wachtwoordHash;
        this.rollen = EnumSet.copyOf(rollen);
        this.swvCode = swvCode;
        this.vestigingId = vestigingId;
        this.gemeenteId = gemeenteId;
        this.actief = actief;
    }

    public long id() {
        return id;
    }

    public String naam() {
        return naam;
    }

    public Set<Rol> rollen() {
        return Set.copyOf(rollen);
    }

    public boolean heeftRol(Rol rol) {
        return rollen.contains(rol);
    }

    public Rol.Scope scope() {
        return rollen.iterator().next().scope();
    }

    /** The SWV whose data this user works with; school users belong to the SWV of their school. */
    public String swvCode() {
        return swvCode;
    }

    public Long vestigingId() {
        return vestigingId;
    }

    public Long gemeenteId() {
        return gemeenteId;
    }

    public List<String> rolomschrijvingen() {
        return rollen.stream().map(Rol::omschrijving).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return rollen.stream().map(rol -> new SimpleGrantedAuthority(rol.authority())).toList();
    }

    @Override
    public String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return gebruikersnaam;
    }

    @Override
    public boolean isEnabled() {
        return actief;
    }

    /**
     * Whether this account still has the rights it had when the session began: still active, the
     * same roles in the same organisation. A session whose account changed must end.
     */
    public boolean heeftZelfdeRechtenAls(Gebruiker nu) {
        return nu.id == id && nu.actief && actief && nu.rollen.equals(rollen) && java.util.Objects.equals(nu.swvCode, swvCode)
                && java.util.Objects.equals(nu.vestigingId, vestigingId) && java.util.Objects.equals(nu.gemeenteId, gemeenteId);
    }

    /** One person is one principal, whichever session they log in with; the parallel-session limit counts by it. */
    @Override
    public boolean equals(Object ander) {
        return ander instanceof Gebruiker g && g.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public void eraseCredentials() {
        wachtwoordHash = null;
    }
}
