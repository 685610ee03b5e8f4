package be.smartcredit.hub.portal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person logged in to the portal: a client bound to its connectors, an agent or an admin. */
public record PortalUser(long id, String username, String passwordHash, Role role, String language,
        Set<String> connectorIds, boolean locked) implements UserDetails {

    /** What a portal user may do: a client sees its own connectors only; agents and admins see every one. */
    public enum Role { CLIENT, AGENT, ADMIN }

    public PortalUser {
        connectorIds = Set.copyOf(connectorIds);
    }

    /** Whether this user may see the dossiers, documents and payments of {@code connectorId}. */
    public boolean sees(String connectorId) {
        return role != Role.CLIENT || connectorIds.contains(connectorId);
    }

    /** The connectors to filter queries by; empty for agents and admins, who see all. */
    public List<String> scope() {
        return role == Role.CLIENT ? List.copyOf(connectorIds) : List.of();
    }

    public boolean seesAll() {
        return role != Role.CLIENT;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_PORTAL_" + role.name()));
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}
