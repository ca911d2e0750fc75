package org.eqms.trace.reqif;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a ReqIF file (1.0.1 to 1.2; one namespace) into a {@link ReqifDocument}, streaming with StAX: only one
 * SPEC-OBJECT or SPEC-RELATION subtree is in memory at a time. XML is parsed securely ({@link SecureStax}); a DTD
 * is refused.
 *
 * <p>Mapping: an object's id is its {@code ReqIF.ForeignID} value, else its IDENTIFIER; title and text are the
 * {@code ReqIF.Name} and {@code ReqIF.Text} values; every other attribute value becomes an attribute named after
 * its definition's LONG-NAME (else IDENTIFIER). Values of every ReqIF datatype are read as strings: string,
 * integer, real, boolean and date as written ({@code THE-VALUE}), enumerations as their values' LONG-NAMEs joined
 * with {@code ", "}, XHTML as plain text ({@link XmlNode#plainText()}). Object types and relation types are their
 * type's LONG-NAME. Objects come in SPEC-OBJECTS order; specifications' hierarchies and attribute default values
 * are not read. The title is the header's TITLE, else the first specification's LONG-NAME.
 */
public final class ReqifImporter {

    private static final String HINT = "Export the module again from the requirements tool as ReqIF (.reqif);"
            + " for a .reqifz archive, upload the .reqif file inside it.";

    public ReqifDocument read(InputStream in) {
        try {
            XMLStreamReader reader = SecureStax.inputFactory().createXMLStreamReader(in);
            try {
                return read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new InvalidReqifException(InvalidReqifException.MALFORMED,
                    "The file is not well-formed XML: " + e.getMessage(), HINT, e);
        }
    }

    private ReqifDocument read(XMLStreamReader reader) throws XMLStreamException {
        Content content = new Content();
        boolean rootSeen = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InvalidReqifException(InvalidReqifException.MALFORMED,
                        "The file has a document type declaration, which ReqIF does not use and the import refuses.",
                        HINT);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!rootSeen) {
                rootSeen = true;
                if (!"REQ-IF".equals(reader.getLocalName()) || !ReqifExporter.NAMESPACE.equals(reader.getNamespaceURI())) {
                    throw new InvalidReqifException(InvalidReqifException.NOT_REQIF,
                            "The file's root element is {" + reader.getNamespaceURI() + "}" + reader.getLocalName()
                                    + ", not REQ-IF in the ReqIF namespace " + ReqifExporter.NAMESPACE + ".", HINT);
                }
                continue;
            }
            switch (reader.getLocalName()) {
                case "REQ-IF-HEADER" -> content.header(XmlNode.read(reader));
                case "DATATYPE-DEFINITION-ENUMERATION" -> content.enumeration(XmlNode.read(reader));
                case "SPEC-OBJECT-TYPE", "SPEC-RELATION-TYPE", "SPECIFICATION-TYPE", "RELATION-GROUP-TYPE" ->
                    content.type(XmlNode.read(reader));
                case "SPEC-OBJECT" -> content.object(XmlNode.read(reader));
                case "SPEC-RELATION" -> content.relation(XmlNode.read(reader));
                case "SPECIFICATION" -> content.specification(reader);
                case "TOOL-EXTENSIONS" -> XmlNode.read(reader);
                default -> {
                }
            }
        }
        return content.document();
    }

    /** What has been read so far; definitions precede their uses in ReqIF's element order. */
    private static final class Content {
        private String title;
        private String firstSpecificationName;
        private final Map<String, String> typeNames = new HashMap<>();
        private final Map<String, String> attributeNames = new HashMap<>();
        private final Map<String, String> enumValueNames = new HashMap<>();
        private final Map<String, String> objectIds = new HashMap<>();
        private final List<ReqifObject> objects = new ArrayList<>();
        private final List<ReqifRelation> relations = new ArrayList<>();

        void header(XmlNode header) {
            title = header.child("TITLE").map(XmlNode::text).orElse(null);
        }

        void enumeration(XmlNode definition) {
            definition.child("SPECIFIED-VALUES").ifPresent(values -> {
                for (XmlNode value : values.children()) {
                    enumValueNames.put(required(value, "IDENTIFIER"), nameOf(value));
                }
            });
        }

        void type(XmlNode type) {
            typeNames.put(required(type, "IDENTIFIER"), nameOf(type));
            type.child("SPEC-ATTRIBUTES").ifPresent(attributes -> {
                for (XmlNode definition : attributes.children()) {
                    attributeNames.put(required(definition, "IDENTIFIER"), nameOf(definition));
                }
            });
        }

        void object(XmlNode node) {
            String identifier = required(node, "IDENTIFIER");
            String type = typeName(node, "SPEC-OBJECT-TYPE-REF", identifier);
            Map<String, String> values = values(node, identifier);
            String id = values.getOrDefault(ReqifObject.FOREIGN_ID, identifier);
            String title = values.getOrDefault(ReqifObject.NAME, "");
            String text = values.getOrDefault(ReqifObject.TEXT, "");
            Map<String, String> attributes = new LinkedHashMap<>(values);
            attributes.keySet().removeAll(List.of(ReqifObject.FOREIGN_ID, ReqifObject.NAME, ReqifObject.TEXT));
            if (objectIds.put(identifier, id) != null) {
                throw invalid("two SPEC-OBJECTs have IDENTIFIER " + identifier);
            }
            objects.add(guard(() -> new ReqifObject(id, type, title, text, attributes)));
        }

        void relation(XmlNode node) {
            String identifier = required(node, "IDENTIFIER");
            String type = typeName(node, "SPEC-RELATION-TYPE-REF", identifier);
            String id = values(node, identifier).getOrDefault(ReqifObject.FOREIGN_ID, identifier);
            String source = endOf(node, "SOURCE", identifier);
            String target = endOf(node, "TARGET", identifier);
            relations.add(guard(() -> new ReqifRelation(id, type, source, target)));
        }

        void specification(XMLStreamReader reader) throws XMLStreamException {
            if (firstSpecificationName == null) {
                String name = reader.getAttributeValue(null, "LONG-NAME");
                firstSpecificationName = name == null ? "" : name;
            }
        }

        ReqifDocument document() {
            String documentTitle = title != null ? title : firstSpecificationName != null ? firstSpecificationName : "";
            return guard(() -> new ReqifDocument(documentTitle, objects, relations));
        }

        private String typeName(XmlNode node, String refElement, String identifier) {
            String ref = node.textAt("TYPE", refElement)
                    .orElseThrow(() -> invalid(node.name() + " " + identifier + " has no TYPE/" + refElement));
            String name = typeNames.get(ref);
            if (name == null) {
                throw invalid(node.name() + " " + identifier + " has type " + ref + ", which the file does not define");
            }
            return name;
        }

        private String endOf(XmlNode relation, String end, String identifier) {
            String ref = relation.textAt(end, "SPEC-OBJECT-REF")
                    .orElseThrow(() -> invalid("SPEC-RELATION " + identifier + " has no " + end + "/SPEC-OBJECT-REF"));
            String id = objectIds.get(ref);
            if (id == null) {
                throw invalid("SPEC-RELATION " + identifier + " points to SPEC-OBJECT " + ref
                        + ", which is not in this file");
            }
            return id;
        }

        private Map<String, String> values(XmlNode node, String identifier) {
            Map<String, String> values = new LinkedHashMap<>();
            node.child("VALUES").ifPresent(list -> {
                for (XmlNode value : list.children()) {
                    XmlNode definition = value.child("DEFINITION").filter(d -> !d.children().isEmpty())
                            .orElseThrow(() -> invalid(value.name() + " of " + identifier + " has no DEFINITION"));
                    String ref = definition.textAt(definition.children().get(0).name()).orElse("");
                    String name = attributeNames.get(ref);
                    if (name == null) {
                        throw invalid(value.name() + " of " + identifier + " refers to attribute definition " + ref
                                + ", which the file does not define");
                    }
                    values.put(name, valueOf(value));
                }
            });
            return values;
        }

        private String valueOf(XmlNode value) {
            return switch (value.name()) {
                case "ATTRIBUTE-VALUE-ENUMERATION" -> enumerationValue(value);
                case "ATTRIBUTE-VALUE-XHTML" -> value.child("THE-VALUE").map(XmlNode::plainText).orElse("");
                default -> {
                    String theValue = value.attribute("THE-VALUE");
                    if (theValue == null) {
                        throw invalid(value.name() + " has no THE-VALUE");
                    }
                    yield theValue;
                }
            };
        }

        private String enumerationValue(XmlNode value) {
            List<String> names = new ArrayList<>();
            value.child("VALUES").ifPresent(list -> {
                for (XmlNode ref : list.children()) {
                    String id = ref.textAt().orElse("");
                    names.add(enumValueNames.getOrDefault(id, id));
                }
            });
            return String.join(", ", names);
        }

        private static String nameOf(XmlNode node) {
            String name = node.attribute("LONG-NAME");
            return name == null || name.isBlank() ? node.attribute("IDENTIFIER") : name;
        }

        private static String required(XmlNode node, String attribute) {
            String value = node.attribute(attribute);
            if (value == null || value.isBlank()) {
                throw invalid(node.name() + " has no " + attribute);
            }
            return value;
        }

        private static <T> T guard(java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                throw invalid(e.getMessage());
            }
        }

        private static InvalidReqifException invalid(String what) {
            return new InvalidReqifException(InvalidReqifException.INVALID, "The ReqIF file is invalid: " + what + ".",
                    HINT);
        }
    }
}
