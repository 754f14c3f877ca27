package cn.yibiaotong.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Start-up accounts: demo seeding, the bootstrap admin, and the refusal of demo secrets outside the demo. */
class StartupAccountsTest {

    private static final List<SecuritySettings.DemoAccount> DEMO = List.of(
            new SecuritySettings.DemoAccount("admin", "admin-demo", "演示管理员", Role.ADMIN, "", null, List.of("*")),
            new SecuritySettings.DemoAccount("community", "community-demo", "社区", Role.COMMUNITY_STAFF,
                    "510112001001", null, List.of("street-roster")));
    private static final Map<String, String> KEYS = Map.of("health-elderly-checks", "demo-key-health");

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
            Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    private JdbcTemplate jdbc;
    private AccountStore accounts;
    private ApiKeys keys;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:startup-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
        SignedInCallers recent = new SignedInCallers(10);
        accounts = new AccountStore(jdbc, recent);
        keys = new ApiKeys(jdbc, null, accounts, recent);
    }

    @Test
    void demoProfileSeedsTheDocumentedAccountsAndKeys() {
        start("demo", new SecuritySettings.BootstrapAdmin(null, null, null));
        Account community = accounts.find("community").orElseThrow();
        assertThat(community.role()).isEqualTo(Role.COMMUNITY_STAFF);
        assertThat(community.division()).isEqualTo("510112001001");
        assertThat(community.demoPassword()).isTrue();
        assertThat(encoder.matches("community-demo", accounts.passwordHash("community").orElseThrow())).isTrue();
        assertThat(accounts.find("admin").orElseThrow().division()).isEmpty();
        assertThat(keys.anyDemoKey()).isTrue();
    }

    @Test
    void bootstrapAdminIsCreatedThenResetInAnyProfile() {
        start("default", new SecuritySettings.BootstrapAdmin("root", "first-secret", "510112"));
        start("default", new SecuritySettings.BootstrapAdmin("root", "second-secret", "510112"));
        Account root = accounts.find("root").orElseThrow();
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(root.division()).isEqualTo("510112");
        assertThat(encoder.matches("second-secret", accounts.passwordHash("root").orElseThrow())).isTrue();
        assertThat(accounts.all()).hasSize(1);
    }

    @Test
    void nonDemoProfileRefusesDemoAccountsLeftInTheDatabase() {
        start("demo", new SecuritySettings.BootstrapAdmin(null, null, null));
        assertThatThrownBy(() -> start("postgres", new SecuritySettings.BootstrapAdmin("root", "a-real-secret", null)))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("数据库中的账号 admin、community 仍使用公开的演示密码（由 demo 配置创建），非演示环境拒绝启动。");
    }

    @Test
    void nonDemoProfileRefusesADemoPasswordForTheBootstrapAdmin() {
        Throwable refused = catchRefusal(() -> start("default",
                new SecuritySettings.BootstrapAdmin("root", "admin-demo", null)));
        FailureAnalysis analysis = new StartupRefusedFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription())
                .isEqualTo("hub.security.bootstrap-admin.password 是公开的演示密码，非演示环境不能使用。");
        assertThat(analysis.getAction()).contains("设置一个只有管理员知道的密码");
    }

    @Test
    void nonDemoProfileRefusesALiveDemoKey() {
        keys.storeDemoKey("health-elderly-checks", "demo-key-health");
        assertThatThrownBy(() -> start("default", new SecuritySettings.BootstrapAdmin(null, null, null)))
                .hasMessageContaining("演示 API 密钥");
    }

    @Test
    void bootstrapAdminNeedsAPasswordOfEightCharacters() {
        assertThatThrownBy(() -> start("default", new SecuritySettings.BootstrapAdmin("root", "short", null)))
                .hasMessage("hub.security.bootstrap-admin.password 未设置或少于 8 个字符，无法创建管理员“root”。");
        assertThat(accounts.all()).isEmpty();
    }

    private void start(String profile, SecuritySettings.BootstrapAdmin admin) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profile);
        new StartupAccounts(new SecuritySettings(admin, DEMO, KEYS), accounts, keys, encoder, env)
                .afterSingletonsInstantiated();
    }

    private static Throwable catchRefusal(Runnable r) {
        try {
            r.run();
        } catch (StartupRefusedException e) {
            return e;
        }
        throw new AssertionError("start-up was not refused");
    }
}
