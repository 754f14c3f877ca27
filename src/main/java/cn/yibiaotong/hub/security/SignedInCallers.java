package cn.yibiaotong.hub.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The callers of keys and tokens presented in the last few seconds, by the key's hash. A program presents its key
 * with every call, and looking it up cost each API call two reads of the store (the key, then its account). A
 * revoked key, a disabled account or a changed role takes effect at once in this hub (revoking a key and saving an
 * account empty this cache), and after at most {@code hub.security.key-cache-seconds} in another hub process that
 * shares the store. Only found callers are kept: an unknown key is looked up every time.
 */
@Component
public class SignedInCallers {

    private final Cache<String, Caller> byHash;
    /** Changes whenever the cache is emptied: a look-up that began before then must not put its stale answer back. */
    private long generation;

    public SignedInCallers(@Value("${hub.security.key-cache-seconds:10}") long seconds) {
        this.byHash = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(seconds)).maximumSize(10_000).build();
    }

    /** The caller of a key's hash: from the cache, or from {@code lookUp} (the store), then kept if found. */
    Optional<Caller> caller(String keyHash, Function<String, Optional<Caller>> lookUp) {
        Caller known = byHash.getIfPresent(keyHash);
        if (known != null) {
            return Optional.of(known);
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        Optional<Caller> found = lookUp.apply(keyHash);
        found.ifPresent(c -> {
            synchronized (this) {
                if (generation == before) {
                    byHash.put(keyHash, c);
                }
            }
        });
        return found;
    }

    /** After a key was revoked or an account changed (and committed): every key is looked up again. */
    public synchronized void forgetAll() {
        generation++;
        byHash.invalidateAll();
    }
}
