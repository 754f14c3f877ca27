package cn.yibiaotong.hub.parse;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the hub reads XML that comes from outside: StAX with DTD support and external entities off, so a
 * document can neither fetch files or URLs (XXE) nor expand entities (billion laughs). Readers that meet a DOCTYPE
 * refuse the document themselves, with a message saying why.
 */
public final class SafeXml {

    // the JDK's own implementation, whatever else is on the classpath, so these settings are known to hold
    private static final XMLInputFactory INPUT = create();

    private SafeXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return INPUT.createXMLStreamReader(in);
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
