package cn.yibiaotong.hub.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The two GeoReport v2 formats, chosen by the URL's extension: {@code .json} as the spec's arrays, {@code .xml} as
 * its root element holding one element per entry, one child per field, absent fields as empty elements.
 * <p>
 * XML is written with the JDK's StAX from the same Jackson tree the JSON comes from, so both formats carry the same
 * names and values by construction; deliberately not through Spring MVC's content negotiation, so adding a format
 * here offers no XML anywhere else in the API.
 */
@Component
class Open311Formats {

    static final String JSON = "json";
    static final String XML = "xml";
    private static final MediaType XML_UTF8 = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);
    private static final XMLOutputFactory STAX = XMLOutputFactory.newFactory();

    /** The JSON mapper keeps null fields (application.yaml drops them): the spec's XML shows them as empty elements. */
    private final ObjectMapper fields;

    Open311Formats(ObjectMapper json) {
        this.fields = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    /** Refuses an extension the spec does not define before anything is looked up or stored. */
    static void check(String format, String resource) {
        if (!JSON.equals(format) && !XML.equals(format)) {
            throw new Open311Failure(404, "不支持格式“" + format + "”（format not supported）：GeoReport v2 只有 json 和 xml，"
                    + "请改用 " + resource + ".json 或 " + resource + ".xml。");
        }
    }

    /** The entries in the requested format; anything but xml answers JSON (errors about the format itself, too). */
    ResponseEntity<Object> render(HttpStatus status, String format, String root, String element, List<?> entries) {
        if (XML.equals(format)) {
            return ResponseEntity.status(status).contentType(XML_UTF8).body(xml(root, element, entries));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(entries);
    }

    byte[] xml(String root, String element, List<?> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = STAX.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            for (Object entry : entries) {
                xml.writeStartElement(element);
                for (Iterator<Map.Entry<String, JsonNode>> it = fields.valueToTree(entry).fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (field.getValue().isNull()) {
                        xml.writeEmptyElement(field.getKey());
                    } else {
                        xml.writeStartElement(field.getKey());
                        xml.writeCharacters(legal(field.getValue().asText()));
                        xml.writeEndElement();
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 XML could not be written", e);
        }
        return out.toByteArray();
    }

    /** StAX escapes markup but not characters XML 1.0 forbids (control characters a form may carry): U+FFFD instead. */
    static String legal(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> s.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 ? c : 0xFFFD));
        return s.toString();
    }
}
