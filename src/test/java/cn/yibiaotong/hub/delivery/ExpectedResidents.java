package cn.yibiaotong.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What a department should receive, worked out by the test on its own from the public resident API: every
 * resident under a division with the current value of each item, sorted as a clerk's roll is (community, then ID).
 */
final class ExpectedResidents {

    /** One resident: current value (standard code) of every item, by item code. */
    record Person(String idNumber, String communityCode, Map<String, String> values) {
        String get(String item) {
            return values.get(item);
        }

        int ageAt(LocalDate day) {
            return Period.between(LocalDate.parse(values.get("person.birth_date")), day).getYears();
        }
    }

    private final List<Person> all = new ArrayList<>();

    ExpectedResidents(TestRestTemplate http, ObjectMapper json, String division) throws Exception {
        JsonNode page = json.readTree(http.getForObject("/api/residents?division=" + division + "&size=500", String.class));
        for (JsonNode summary : page.get("content")) {
            JsonNode r = json.readTree(http.getForObject("/api/residents/" + summary.get("idNumber").asText(), String.class));
            Map<String, String> values = new HashMap<>();
            r.get("items").forEach(i -> values.put(i.get("code").asText(), i.get("value").asText()));
            all.add(new Person(summary.get("idNumber").asText(), summary.get("communityCode").asText(), values));
        }
        all.sort(Comparator.comparing(Person::communityCode).thenComparing(Person::idNumber));
    }

    List<Person> where(Predicate<Person> condition) {
        return all.stream().filter(condition).toList();
    }

    int size() {
        return all.size();
    }
}
