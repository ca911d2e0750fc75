package org.eqms.trace.reqif;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * A StAX reader factory that loads nothing from outside and expands no entities: no DTD support, no external
 * entities, JDK secure-processing limits. It is the JDK's own implementation ({@code newDefaultFactory}), not
 * whichever StAX provider happens to be on the class path (Woodstox arrives with cyclonedx-core-java), so the
 * settings below mean what they say. A document type declaration is additionally refused by the reader itself.
 */
final class SecureStax {

    private SecureStax() {
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }
}
