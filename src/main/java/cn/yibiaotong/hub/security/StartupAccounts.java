package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.division.DivisionCodes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts the hub needs before it serves anyone: the demo's (demo profile only) and the bootstrap administrator
 * (any profile). Outside the demo, start-up stops while any demo password or key would let someone in.
 */
@Component
@EnableConfigurationProperties(SecuritySettings.class)
public class StartupAccounts implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StartupAccounts.class);

    private final SecuritySettings settings;
    private final AccountStore accounts;
    private final ApiKeys keys;
    private final PasswordEncoder encoder;
    private final boolean demo;

    public StartupAccounts(SecuritySettings settings, AccountStore accounts, ApiKeys keys, PasswordEncoder encoder,
                           Environment environment) {
        this.settings = settings;
        this.accounts = accounts;
        this.keys = keys;
        this.encoder = encoder;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demo) {
            seedDemo();
        }
        bootstrapAdmin();
        if (!demo) {
            refuseDemoSecrets();
        }
    }

    private void seedDemo() {
        for (SecuritySettings.DemoAccount d : settings.demoAccounts()) {
            if (accounts.find(d.username()).isEmpty()) {
                accounts.save(new Account(d.username(), d.displayName(), d.role(), prefix(d.division()), d.department(),
                        d.writableConnectors(), true, true), encoder.encode(d.password()));
            }
        }
        settings.demoKeys().forEach(keys::storeDemoKey);
    }

    private void bootstrapAdmin() {
        SecuritySettings.BootstrapAdmin b = settings.bootstrapAdmin();
        if (b.username() == null || b.username().isBlank()) {
            return;
        }
        if (b.password() == null || b.password().length() < 8) {
            throw new StartupRefusedException("hub.security.bootstrap-admin.password 未设置或少于 8 个字符，无法创建管理员“"
                    + b.username() + "”。", "请设置至少 8 个字符的密码（例如用环境变量 HUB_SECURITY_BOOTSTRAPADMIN_PASSWORD）。");
        }
        accounts.save(new Account(b.username().strip(), "系统管理员", Role.ADMIN, prefix(b.division()), null,
                List.of(Caller.ANY_CONNECTOR), true, settings.isDemoSecret(b.password())), encoder.encode(b.password()));
        LOG.info("bootstrap administrator {} created or reset", b.username().strip());
    }

    private void refuseDemoSecrets() {
        if (settings.isDemoSecret(settings.bootstrapAdmin().password())) {
            throw new StartupRefusedException("hub.security.bootstrap-admin.password 是公开的演示密码，非演示环境不能使用。",
                    "请为 hub.security.bootstrap-admin.password 设置一个只有管理员知道的密码后再启动。");
        }
        List<String> demoAccounts = accounts.all().stream().filter(Account::demoPassword).map(Account::username).toList();
        if (!demoAccounts.isEmpty()) {
            throw new StartupRefusedException("数据库中的账号 " + String.join("、", demoAccounts)
                    + " 仍使用公开的演示密码（由 demo 配置创建），非演示环境拒绝启动。",
                    "请换用一个新的数据库，或在 demo 配置下以管理员身份修改这些账号的密码（PUT /api/accounts/{用户名}）后再启动。");
        }
        if (keys.anyDemoKey()) {
            throw new StartupRefusedException("数据库中仍有公开的演示 API 密钥（由 demo 配置创建），非演示环境拒绝启动。",
                    "请换用一个新的数据库，或吊销演示密钥（DELETE /api/connectors/{连接器}/keys/{密钥 id}）后再启动。");
        }
    }

    private static String prefix(String division) {
        if (division == null || division.isBlank()) {
            return "";
        }
        return DivisionCodes.toPrefix(division).orElseThrow(() -> new StartupRefusedException("区划代码“" + division
                + "”格式错误。", "请使用 2、4、6、9 或 12 位数字的区划代码，如 510112 或 510112001000。"));
    }
}
