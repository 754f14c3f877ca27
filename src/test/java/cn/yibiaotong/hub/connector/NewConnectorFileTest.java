package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.testing.TestAccounts;
import static org.assertj.core.api.Assertions.assertThat;

import static cn.yibiaotong.hub.testing.HubApiTest.item;

import cn.yibiaotong.hub.testing.HubStore;
import cn.yibiaotong.hub.testing.Uploads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Adding a department system is adding one file to connectors/: no Java, no change elsewhere. */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hub-new-connector;DB_CLOSE_DELAY=-1",
        "hub.file-drop.root=target/test-drop-new-connector",
        "hub.http-poll.auto-startup=false"})
class NewConnectorFileTest {

    static final Path CONNECTORS = Path.of("target/test-connectors");

    @DynamicPropertySource
    static void connectorsWithOneMoreFile(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(CONNECTORS);
        try (Stream<Path> files = Files.list(Path.of("connectors"))) {
            files.forEach(f -> copy(f, CONNECTORS.resolve(f.getFileName())));
        }
        copy(Path.of("src/test/resources/connectors-extra/veterans-roster.yaml"), CONNECTORS.resolve("veterans-roster.yaml"));
        registry.add("hub.connectors-dir", CONNECTORS::toString);
    }

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestAccounts.admin(anonymous);
    }
    @Autowired
    JdbcTemplate jdbc;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void theNewDepartmentsFileIsReadWithItsOwnHeadersAndCodes() throws Exception {
        new HubStore(jdbc).clear();
        String csv = "退役军人姓名,证件号码,现居社区,优抚状态,手机\n王建国,510112195003150017,滨河花园社区,在册,138 1234 5678\n";

        ResponseEntity<String> response = new Uploads(http).upload("veterans-roster", "veterans.csv",
                csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/510112195003150017", String.class));
        assertThat(resident.get("name").asText()).isEqualTo("王建国");
        JsonNode veteran = item(resident, "veteran.status");
        assertThat(veteran.get("value").asText()).isEqualTo("1");
        assertThat(veteran.get("display").asText()).isEqualTo("是");
        assertThat(veteran.get("source").get("connector").asText()).isEqualTo("veterans-roster");
        assertThat(item(resident, "person.phone").get("value").asText()).isEqualTo("13812345678");
    }

    @Test
    void sourcesThatDisagreeAreListedAsConflictsAndTheAuthorityOrElseTheNewestWins() throws Exception {
        new HubStore(jdbc).clear();
        String id = "510112195003150017";
        String roster = "姓名,公民身份号码,联系电话,所属社区\n王建国,510112195003150017,13811112222,滨河花园社区\n";
        new Uploads(http).upload("street-roster", "roster.csv", roster.getBytes(StandardCharsets.UTF_8), false);
        String veterans = "退役军人姓名,证件号码,现居社区,手机\n王建国,510112195003150017,滨河花园社区,13933334444\n";
        new Uploads(http).upload("veterans-roster", "veterans.csv", veterans.getBytes(StandardCharsets.UTF_8), false);

        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + id, String.class));
        // the data list names the street office as the authority for phones: its older value wins
        JsonNode phone = item(resident, "person.phone");
        assertThat(phone.get("value").asText()).isEqualTo("13811112222");
        assertThat(phone.get("otherSources").get(0).get("value").asText()).isEqualTo("13933334444");

        JsonNode conflicts = json.readTree(http.getForObject("/api/conflicts?division=510112001001", String.class));
        assertThat(conflicts.get("totalElements").asLong()).isEqualTo(1);
        JsonNode conflict = conflicts.get("content").get(0);
        assertThat(conflict.get("item").asText()).isEqualTo("person.phone");
        assertThat(conflict.get("itemName").asText()).isEqualTo("联系电话");
        assertThat(conflict.get("winnerConnector").asText()).isEqualTo("street-roster");
        assertThat(conflict.get("reason").asText()).isEqualTo("数据清单规定该项以街道办事处 / 社区居委会为准");
        assertThat(conflict.get("sources")).hasSize(2);
        assertThat(conflict.get("sources").get(1).get("department").asText()).isEqualTo("退役军人事务局");

        // the veterans bureau corrects its record: the conflict is gone
        String fixed = "退役军人姓名,证件号码,现居社区,手机\n王建国,510112195003150017,滨河花园社区,13811112222\n";
        new Uploads(http).upload("veterans-roster", "veterans-fixed.csv", fixed.getBytes(StandardCharsets.UTF_8), false);
        assertThat(json.readTree(http.getForObject("/api/conflicts", String.class)).get("totalElements").asLong()).isZero();
    }

    @Test
    void aGbkFileForAConnectorThatDeclaresUtf8IsRefusedWithTheReason() throws Exception {
        String csv = "退役军人姓名,证件号码,现居社区\n王建国,510112195003150017,滨河花园社区\n";

        ResponseEntity<String> response = new Uploads(http).upload("veterans-roster", "veterans-gbk.csv",
                csv.getBytes(Charset.forName("GBK")), false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errorCode").asText()).isEqualTo("wrong-encoding");
        assertThat(problem.get("detail").asText()).startsWith("文件“veterans-gbk.csv”不是 UTF-8 编码，看起来是 GBK");
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
