package cn.yibiaotong.hub.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, whichever way it signed in. */
public final class Callers {

    private Callers() {
    }

    /** The current caller; throws when there is none, which the security rules make impossible under /api/. */
    public static Caller current() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in caller on this request"));
    }

    /** The current caller, if the code runs for a request that signed in (not for a route or a scheduled task). */
    public static Optional<Caller> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HubUser user) {
            return Optional.of(user.caller());
        }
        if (auth != null && auth.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }
}
