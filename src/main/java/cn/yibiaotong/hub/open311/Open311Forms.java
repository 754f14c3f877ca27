package cn.yibiaotong.hub.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A GeoReport v2 POST requests.json form as the hub's canonical intake ({@code $defs/intake}): service_code is the
 * matter, address_string / lat / long the location, first and last name, phone and email the reporter. Checks the
 * spec's own rules first (service_code given, a full location given, numbers that are numbers).
 */
@Component
class Open311Forms {

    private final ObjectMapper json;

    Open311Forms(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode intake(Map<String, String> form, String serviceName) {
        ObjectNode intake = json.createObjectNode();
        intake.put("channel", "open311");
        intake.put("matter", form.get("service_code"));
        String description = blankToNull(form.get("description"));
        intake.put("title", title(serviceName, description));
        if (description != null) {
            intake.put("description", description);
        }
        ObjectNode reporter = json.createObjectNode();
        String name = name(blankToNull(form.get("first_name")), blankToNull(form.get("last_name")));
        putIf(reporter, "name", name);
        putIf(reporter, "phone", blankToNull(form.get("phone")));
        putIf(reporter, "email", blankToNull(form.get("email")));
        if (!reporter.isEmpty()) {
            intake.set("reporter", reporter);
        }
        intake.set("location", location(form));
        putIf(intake, "mediaUrl", blankToNull(form.get("media_url")));
        return intake;
    }

    private ObjectNode location(Map<String, String> form) {
        String lat = blankToNull(form.get("lat"));
        String lon = blankToNull(form.get("long"));
        String address = blankToNull(form.get("address_string"));
        String addressId = blankToNull(form.get("address_id"));
        if ((lat == null) != (lon == null)) {
            throw new Open311Failure(400, "lat 和 long 必须同时提供（lat & long must both be sent）。");
        }
        if (lat == null && address == null && addressId == null) {
            throw new Open311Failure(400, "缺少地点：请提供 lat 和 long，或 address_string，或 address_id"
                    + "（a full location parameter must be submitted）。");
        }
        ObjectNode location = json.createObjectNode();
        putIf(location, "address", address);
        if (lat != null) {
            location.put("lat", number("lat", lat));
            location.put("long", number("long", lon));
        }
        return location;
    }

    private static double number(String field, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Open311Failure(400, field + " 应为 WGS84 经纬度数值，如 30.5568（" + field + " must be a number）。");
        }
    }

    /** Open311 has no title: the service's name, then the start of the description. */
    private static String title(String serviceName, String description) {
        if (description == null) {
            return serviceName;
        }
        String firstLine = description.strip().lines().findFirst().orElse("");
        String head = firstLine.length() > 60 ? firstLine.substring(0, 60) + "…" : firstLine;
        return serviceName + "：" + head;
    }

    /** 张 + 三 → 张三; john + smith → john smith. */
    private static String name(String first, String last) {
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        boolean latin = (first + last).chars().allMatch(c -> c < 0x2E80);
        return latin ? first + " " + last : last + first;
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
