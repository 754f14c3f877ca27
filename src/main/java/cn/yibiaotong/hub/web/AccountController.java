package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.security.Account;
import cn.yibiaotong.hub.security.AccountStore;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.Role;
import cn.yibiaotong.hub.security.SecuritySettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, for administrators only (SecurityConfiguration). Every change is audited; passwords never leave. */
@RestController
@Tag(name = "accounts", description = "账号管理（仅管理员）")
public class AccountController {

    private static final int MIN_PASSWORD = 10;

    private final AccountStore accounts;
    private final AccountChecks checks;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final AuditLog audit;

    public AccountController(AccountStore accounts, AccountChecks checks, PasswordEncoder encoder,
                             SecuritySettings settings, AuditLog audit) {
        this.accounts = accounts;
        this.checks = checks;
        this.encoder = encoder;
        this.settings = settings;
        this.audit = audit;
    }

    @Operation(summary = "全部账号（不含密码）")
    @GetMapping("/api/accounts")
    public List<Account> list() {
        return accounts.all();
    }

    @Operation(summary = "新建或修改账号：角色、可见区划、部门、可写连接器、启用；给出 password 即重设密码")
    @PutMapping("/api/accounts/{username}")
    public Account save(@PathVariable String username, @RequestBody AccountRequest r) {
        checks.username(username);
        Account existing = accounts.find(username).orElse(null);
        Role role = checks.role(r.role());
        String hash;
        boolean demo;
        if (r.password() != null) {
            if (r.password().length() < MIN_PASSWORD || settings.isDemoSecret(r.password())) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "密码不合要求", "password 至少 " + MIN_PASSWORD
                        + " 个字符，且不能是 README 中公开的演示密码。请换一个只有账号本人知道的密码。");
            }
            hash = encoder.encode(r.password());
            demo = false;
        } else if (existing != null) {
            hash = accounts.passwordHash(username).orElseThrow();
            demo = existing.demoPassword();
        } else {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "缺少密码", "新建账号“" + username + "”需要 password（至少 "
                    + MIN_PASSWORD + " 个字符）。");
        }
        Account account = new Account(username, r.displayName() == null || r.displayName().isBlank() ? username
                : r.displayName().strip(), role, checks.division(r.division()), checks.department(role, r.department()),
                checks.connectors(r.writableConnectors()), r.enabled() == null || r.enabled(), demo);
        accounts.save(account, hash);
        audit.record(AuditAction.ACCOUNT_SAVED, "account:" + username + (existing == null ? " created" : " changed")
                + (r.password() == null ? "" : " password"), "OK");
        return account;
    }
}
