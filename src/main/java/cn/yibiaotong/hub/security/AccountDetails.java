package cn.yibiaotong.hub.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Password sign-in (form and HTTP Basic) reads accounts from the database. */
@Component
public class AccountDetails implements UserDetailsService {

    private final AccountStore accounts;

    public AccountDetails(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new HubUser(a.caller(), hash, a.enabled());
    }
}
