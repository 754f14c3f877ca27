package cn.yibiaotong.hub.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML document of records, read with StAX so that only one record is in memory. Each {@code recordElement}
 * (matched by local name, at any depth) is a record; its attributes and child elements are its fields.
 * DTDs are refused outright and external entities are off, so neither XXE nor entity expansion can happen.
 */
final class XmlRecordSource extends RecordSource {

    private final String recordElement;
    private final InputStream in;
    private final XMLStreamReader reader;
    private long record;

    private XmlRecordSource(String name, String recordElement, InputStream in, XMLStreamReader reader, RecordRows rows) {
        super(name, rows);
        this.recordElement = recordElement;
        this.in = in;
        this.reader = reader;
    }

    static XmlRecordSource open(Path file, String name, String recordElement, List<List<String>> fieldNames) {
        if (recordElement == null || recordElement.isBlank()) {
            throw new IllegalArgumentException("format.recordElement is required for XML");
        }
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            XMLStreamReader reader = SafeXml.reader(in);
            return new XmlRecordSource(name, recordElement, in, reader, new RecordRows(name, fieldNames));
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw syntax(name, e.getLocation());
        } catch (IOException e) {
            throw Rejections.readError(name);
        }
    }

    /** Advances to the next record element and reads it; at the end of the document returns null. */
    @Override
    protected RawRow readRecord() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw RecordRejections.xmlDoctype(name);
            }
            if (event == XMLStreamConstants.START_ELEMENT && recordElement.equals(reader.getLocalName())) {
                return readFields(++record);
            }
        }
        close();
        return null;
    }

    @Override
    protected FileRejectedException rejection(Exception e) {
        XMLStreamException x = (XMLStreamException) e;
        return syntax(name, x.getLocation() != null ? x.getLocation() : reader.getLocation());
    }

    private RawRow readFields(long number) throws XMLStreamException {
        rows.start(number);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            if (!rows.put(attribute, reader.getAttributeValue(i))) {
                throw RecordRejections.duplicateField(name, number, attribute);
            }
        }
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String field = reader.getLocalName();
                if (!rows.put(field, elementText(number, field))) {
                    throw RecordRejections.duplicateField(name, number, field);
                }
            }
        }
        return rows.finish();
    }

    /** The text of a field element; a field with elements inside is not a single value. */
    private String elementText(long number, String field) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.START_ELEMENT -> throw RecordRejections.nestedElement(name, number, field);
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
        return text.toString();
    }

    private static FileRejectedException syntax(String name, Location at) {
        return RecordRejections.badXml(name, at == null ? 1 : Math.max(1, at.getLineNumber()),
                at == null ? 1 : Math.max(1, at.getColumnNumber()));
    }

    @Override
    public String describe() {
        return "XML";
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // closing the stream below is what matters
        }
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the document was read to its end or is being refused; nothing to save
            }
        }
    }
}
