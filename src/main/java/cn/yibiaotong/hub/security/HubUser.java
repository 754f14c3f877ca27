package cn.yibiaotong.hub.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account as Spring Security sees it during password sign-in; the hash is erased once checked. */
public final class HubUser implements UserDetails, CredentialsContainer {

    private final Caller caller;
    private final boolean enabled;
    private String passwordHash;

    public HubUser(Caller caller, String passwordHash, boolean enabled) {
        this.caller = caller;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(caller.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
