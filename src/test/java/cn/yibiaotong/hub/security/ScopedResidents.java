package cn.yibiaotong.hub.security;


import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.testing.Uploads;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three residents in three places: 滨河花园社区 and 长柏路社区 of 龙泉街道, and 东洪社区 of another street; uploaded by
 * the administrator, so each test can ask who sees whom.
 */
final class ScopedResidents {

    static final String BINHE = "510112001001";
    static final String CHANGBAI = "510112001002";
    static final String DONGHONG = "510112002003";
    static final String A = id("51011219800101001");
    static final String B = id("51011219810202002");
    static final String C = id("51011219820303003");

    private ScopedResidents() {
    }

    static void upload(Uploads uploads) {
        String csv = "姓名,公民身份号码,民族,联系电话,所属社区\n"
                + "张滨河," + A + ",汉族,13812345678," + BINHE + "\n"
                + "李长柏," + B + ",回族,13912345678," + CHANGBAI + "\n"
                + "王东洪," + C + ",汉族,13712345678," + DONGHONG + "\n";
        ResponseEntity<String> r = uploads.upload("street-roster", "three.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    static String id(String body17) {
        return body17 + IdNumbers.checkCharacter(body17);
    }
}
