package cn.yibiaotong.hub.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document in the department's element names (root, one element per record, one child per column), then
 * {@code <Removals>} with a {@code <Removal>} per person who dropped out and its {@code <Reason>}; streamed with StAX.
 */
final class XmlDeliveryWriter implements DeliveryWriter {

    private final XMLStreamWriter xml;
    private final String recordElement;
    private List<String> columns;
    private boolean removalsOpen;

    XmlDeliveryWriter(OutputStream out, String rootElement, String recordElement) throws IOException {
        this.recordElement = recordElement;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(rootElement);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void header(List<String> columns) {
        this.columns = columns;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement(recordElement);
            for (int i = 0; i < columns.size(); i++) {
                element(columns.get(i), cells.get(i));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void removal(DeliveryWriter.Removal r) throws IOException {
        try {
            if (!removalsOpen) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("Removals");
                removalsOpen = true;
            }
            xml.writeCharacters("\n    ");
            xml.writeStartElement("Removal");
            element(r.idColumn(), r.idNumber());
            element(r.nameColumn(), r.name());
            element("Reason", r.reason());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            if (removalsOpen) {
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void element(String name, String value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
        } else {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }
}
