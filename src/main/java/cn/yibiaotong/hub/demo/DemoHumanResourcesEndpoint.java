package cn.yibiaotong.hub.demo;

import cn.yibiaotong.hub.parse.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Demo only: plays the 人社 system's persons endpoint, so the human-resources-status connector has something to poll.
 * Serves the persons in {@code samples/human-resources-status/*.xml} whose 经办时间 (AAE036) is after {@code since},
 * in the department's format (samples/DEPARTMENTS.md).
 */
@RestController
@Profile("demo")
public class DemoHumanResourcesEndpoint {

    private final Path folder;

    public DemoHumanResourcesEndpoint(@Value("${hub.demo.samples-dir:samples}") Path samplesDir) {
        this.folder = samplesDir.resolve("human-resources-status");
    }

    @GetMapping(path = "/demo/human-resources/persons.xml", produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<StreamingResponseBody> persons(@RequestParam(required = false) LocalDateTime since) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .body(out -> write(out, since));
    }

    private void write(OutputStream out, LocalDateTime since) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("PersonList");
            for (Path file : samples()) {
                try (InputStream in = Files.newInputStream(file)) {
                    XMLStreamReader r = SafeXml.reader(in);
                    while (r.hasNext()) {
                        if (r.next() == XMLStreamConstants.START_ELEMENT && "Person".equals(r.getLocalName())) {
                            Map<String, String> person = readPerson(r);
                            String changed = person.get("AAE036");
                            if (since == null || changed == null || LocalDateTime.parse(changed).isAfter(since)) {
                                writePerson(w, person);
                            }
                        }
                    }
                    r.close();
                }
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("demo sample cannot be served", e);
        }
    }

    private static Map<String, String> readPerson(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int e = r.next(); !(e == XMLStreamConstants.END_ELEMENT && "Person".equals(r.getLocalName())); e = r.next()) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                fields.put(name, r.getElementText());
            }
        }
        return fields;
    }

    private static void writePerson(XMLStreamWriter w, Map<String, String> person) throws XMLStreamException {
        w.writeStartElement("Person");
        for (Map.Entry<String, String> f : person.entrySet()) {
            w.writeStartElement(f.getKey());
            w.writeCharacters(f.getValue());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private List<Path> samples() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".xml")).sorted().toList();
        }
    }
}
