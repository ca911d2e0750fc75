package org.eqms.trace.reqif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One small element subtree (a SPEC-OBJECT, a SPEC-RELATION, a type definition) read from the stream so the
 * import can look at it as a whole. Only one such subtree is held at a time; the document as a whole never is.
 *
 * @param content the element's children in document order: {@link XmlNode}s and {@link String} text runs
 */
record XmlNode(String name, Map<String, String> attributes, List<Object> content) {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "blockquote", "address", "dt", "dd");

    /** Reads the element the reader is positioned on, up to its end tag. */
    static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<Object> content = new ArrayList<>();
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                content.add(read(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                content.add(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new XmlNode(name, attributes, content);
            }
        }
    }

    String attribute(String attribute) {
        return attributes.get(attribute);
    }

    List<XmlNode> children() {
        List<XmlNode> children = new ArrayList<>();
        for (Object item : content) {
            if (item instanceof XmlNode node) {
                children.add(node);
            }
        }
        return children;
    }

    Optional<XmlNode> child(String childName) {
        return children().stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** The trimmed direct text of the element reached through {@code path}. */
    Optional<String> textAt(String... path) {
        XmlNode node = this;
        for (String step : path) {
            Optional<XmlNode> next = node.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node.text().trim());
    }

    /** The element's own text runs, untrimmed. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Object item : content) {
            if (item instanceof String run) {
                text.append(run);
            }
        }
        return text.toString();
    }

    /**
     * The element's XHTML content as plain text: text runs in order, a line break for {@code <br/>} and after each
     * block element (paragraph, list item, heading, table row...), surrounding whitespace trimmed.
     */
    String plainText() {
        StringBuilder out = new StringBuilder();
        appendPlain(out);
        return out.toString().strip();
    }

    private void appendPlain(StringBuilder out) {
        for (Object item : content) {
            if (item instanceof String run) {
                out.append(run);
            } else {
                XmlNode node = (XmlNode) item;
                if (node.name.equals("br")) {
                    out.append('\n');
                    continue;
                }
                node.appendPlain(out);
                if (BLOCKS.contains(node.name) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }
    }
}
