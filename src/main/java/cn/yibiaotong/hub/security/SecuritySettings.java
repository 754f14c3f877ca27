package cn.yibiaotong.hub.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hub.security.*}. The demo accounts and keys are declared in every profile so that any profile can tell a
 * demo password when it sees one; only the demo profile creates them.
 *
 * @param bootstrapAdmin an administrator created, or reset to this password, at every start-up (any profile)
 * @param demoAccounts   the documented demo accounts (README), created by the demo profile
 * @param demoKeys       documented API keys of the demo's pushing department systems, by connector id
 */
@ConfigurationProperties(prefix = "hub.security")
public record SecuritySettings(BootstrapAdmin bootstrapAdmin, List<DemoAccount> demoAccounts,
                               Map<String, String> demoKeys) {

    public SecuritySettings {
        bootstrapAdmin = bootstrapAdmin == null ? new BootstrapAdmin(null, null, null) : bootstrapAdmin;
        demoAccounts = demoAccounts == null ? List.of() : List.copyOf(demoAccounts);
        demoKeys = demoKeys == null ? Map.of() : Map.copyOf(demoKeys);
    }

    /** Whether a clear password or key is one of the published demo ones. */
    public boolean isDemoSecret(String secret) {
        return secret != null && (demoAccounts.stream().anyMatch(a -> secret.equals(a.password()))
                || demoKeys.containsValue(secret));
    }

    /** @param division a division code of any level the admin is scoped to; blank = every division */
    public record BootstrapAdmin(String username, String password, String division) {
    }

    public record DemoAccount(String username, String password, String displayName, Role role, String division,
                              String department, List<String> writableConnectors) {
    }
}
