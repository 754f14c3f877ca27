package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.identity.StoredIdentities;
import cn.yibiaotong.hub.normalize.Checked;
import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.normalize.PhoneNumbers;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links the reporter of a case to the unified resident view: by citizen ID, else by a phone number that exactly one
 * resident's current records hold (a family's shared phone links no one rather than the wrong person).
 */
@Component
public class ReporterLinker {

    private final NamedParameterJdbcTemplate jdbc;
    private final StoredIdentities identities;

    public ReporterLinker(NamedParameterJdbcTemplate jdbc, StoredIdentities identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    public Reporter link(CaseSubmission.Reporter given) {
        String phone = normalisedPhone(given.phone());
        String residentId = null;
        if (given.idNumber() != null) {
            Checked id = IdNumbers.normalize(given.idNumber());
            if (!id.isOk()) {
                throw new CaseRejected(CaseRejected.Kind.INVALID, "反映人身份号码无效", "字段“reporter.idNumber”：" + id.error())
                        .with("field", "reporter.idNumber");
            }
            residentId = jdbc.query("SELECT id FROM resident WHERE id_number = :id", Map.of("id", id.value()),
                    (rs, n) -> rs.getString(1)).stream().findFirst().orElse(null);
        }
        if (residentId == null && phone != null) {
            // through the identity index's phone key: a scan of every current record took a second per case at a
            // million residents (bench/RESULTS.md)
            List<String> holders = identities.residentsWithPhone(phone);
            residentId = holders.size() == 1 ? holders.get(0) : null;
        }
        return new Reporter(residentId, given.name(), phone != null ? phone : given.phone(), given.email());
    }

    /** The phone as the resident view stores it, or null when it is not a valid number (kept as given then). */
    static String normalisedPhone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Checked phone = PhoneNumbers.normalize(raw);
        return phone.isOk() ? phone.value() : null;
    }
}
