package org.eqms.trace.reqif;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a {@link ReqifDocument} as a ReqIF 1.2 file (namespace {@value #NAMESPACE}), streaming: elements are
 * written as they are produced and no DOM is built.
 *
 * <p>Layout: one {@code DATATYPE-DEFINITION-STRING}; one {@code SPEC-OBJECT-TYPE} per object
 * type, whose string attributes are {@code ReqIF.ForeignID}, {@code ReqIF.Name}, {@code ReqIF.Text} and every
 * further attribute name its objects use; one {@code SPEC-RELATION-TYPE} per relation type with
 * {@code ReqIF.ForeignID}; one {@code SPECIFICATION} named after the document whose hierarchy lists every object
 * in document order. IDENTIFIERs are derived from the eQMS keys ({@link ReqifIdentifier}) and so are stable
 * between exports. Every {@code LAST-CHANGE} is the export time.
 */
public final class ReqifExporter {

    public static final String NAMESPACE = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";
    static final String TOOL_ID = "eQMS";
    static final String SOURCE_TOOL_ID = "eQMS for Jira";
    private static final String STRING_TYPE = "eqms-string";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public ReqifExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes the document to {@code out} as UTF-8 and flushes it; the stream is left open. */
    public void write(ReqifDocument document, OutputStream out) {
        String now = TIME.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Types types = Types.of(document);
        XmlOut xml = new XmlOut(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        xml.declaration().start("REQ-IF").attribute("xmlns", NAMESPACE);
        header(xml, document, now);
        xml.start("CORE-CONTENT").start("REQ-IF-CONTENT");
        xml.start("DATATYPES");
        xml.start("DATATYPE-DEFINITION-STRING").attribute("IDENTIFIER", STRING_TYPE).attribute("LAST-CHANGE", now)
                .attribute("LONG-NAME", "String").attribute("MAX-LENGTH", Integer.toString(maxLength(document)))
                .end();
        xml.end();
        specTypes(xml, types, document.title(), now);
        xml.start("SPEC-OBJECTS");
        for (ReqifObject object : document.objects()) {
            specObject(xml, object, types.objectTypes.get(object.type()), now);
        }
        xml.end();
        if (!document.relations().isEmpty()) {
            xml.start("SPEC-RELATIONS");
            for (ReqifRelation relation : document.relations()) {
                specRelation(xml, relation, types.relationTypes.get(relation.type()), now);
            }
            xml.end();
        }
        specification(xml, document, now);
        xml.end().end().end();
        xml.finish();
    }

    private static void header(XmlOut xml, ReqifDocument document, String now) {
        xml.start("THE-HEADER").start("REQ-IF-HEADER").attribute("IDENTIFIER", "eqms-header");
        xml.element("CREATION-TIME", now).element("REQ-IF-TOOL-ID", TOOL_ID).element("REQ-IF-VERSION", "1.0")
                .element("SOURCE-TOOL-ID", SOURCE_TOOL_ID).element("TITLE", document.title());
        xml.end().end();
    }

    private static void specTypes(XmlOut xml, Types types, String title, String now) {
        xml.start("SPEC-TYPES");
        for (Map.Entry<String, ObjectType> entry : types.objectTypes.entrySet()) {
            ObjectType type = entry.getValue();
            xml.start("SPEC-OBJECT-TYPE").attribute("IDENTIFIER", type.identifier).attribute("LAST-CHANGE", now)
                    .attribute("LONG-NAME", entry.getKey());
            xml.start("SPEC-ATTRIBUTES");
            for (Map.Entry<String, String> attribute : type.attributeIds.entrySet()) {
                attributeDefinition(xml, attribute.getValue(), attribute.getKey(), now);
            }
            xml.end().end();
        }
        for (Map.Entry<String, String> entry : types.relationTypes.entrySet()) {
            xml.start("SPEC-RELATION-TYPE").attribute("IDENTIFIER", entry.getValue()).attribute("LAST-CHANGE", now)
                    .attribute("LONG-NAME", entry.getKey());
            xml.start("SPEC-ATTRIBUTES");
            attributeDefinition(xml, foreignIdOf(entry.getValue()), ReqifObject.FOREIGN_ID, now);
            xml.end().end();
        }
        xml.start("SPECIFICATION-TYPE").attribute("IDENTIFIER", "eqms-specification-type")
                .attribute("LAST-CHANGE", now).attribute("LONG-NAME", "eQMS export").end();
        xml.end();
    }

    private static void attributeDefinition(XmlOut xml, String identifier, String name, String now) {
        xml.start("ATTRIBUTE-DEFINITION-STRING").attribute("IDENTIFIER", identifier).attribute("LAST-CHANGE", now)
                .attribute("LONG-NAME", name);
        xml.start("TYPE").element("DATATYPE-DEFINITION-STRING-REF", STRING_TYPE).end();
        xml.end();
    }

    private static void specObject(XmlOut xml, ReqifObject object, ObjectType type, String now) {
        xml.start("SPEC-OBJECT").attribute("IDENTIFIER", objectIdentifier(object.id())).attribute("LAST-CHANGE", now);
        xml.start("VALUES");
        value(xml, type.attributeIds.get(ReqifObject.FOREIGN_ID), object.id());
        value(xml, type.attributeIds.get(ReqifObject.NAME), object.title());
        value(xml, type.attributeIds.get(ReqifObject.TEXT), object.text());
        for (Map.Entry<String, String> attribute : object.attributes().entrySet()) {
            value(xml, type.attributeIds.get(attribute.getKey()), attribute.getValue());
        }
        xml.end();
        xml.start("TYPE").element("SPEC-OBJECT-TYPE-REF", type.identifier).end();
        xml.end();
    }

    private static void specRelation(XmlOut xml, ReqifRelation relation, String typeIdentifier, String now) {
        xml.start("SPEC-RELATION").attribute("IDENTIFIER", ReqifIdentifier.of("eqms-sr-", relation.id()))
                .attribute("LAST-CHANGE", now);
        xml.start("VALUES");
        value(xml, foreignIdOf(typeIdentifier), relation.id());
        xml.end();
        xml.start("SOURCE").element("SPEC-OBJECT-REF", objectIdentifier(relation.sourceId())).end();
        xml.start("TARGET").element("SPEC-OBJECT-REF", objectIdentifier(relation.targetId())).end();
        xml.start("TYPE").element("SPEC-RELATION-TYPE-REF", typeIdentifier).end();
        xml.end();
    }

    private static void specification(XmlOut xml, ReqifDocument document, String now) {
        xml.start("SPECIFICATIONS");
        xml.start("SPECIFICATION").attribute("IDENTIFIER", "eqms-specification").attribute("LAST-CHANGE", now)
                .attribute("LONG-NAME", document.title());
        xml.start("TYPE").element("SPECIFICATION-TYPE-REF", "eqms-specification-type").end();
        if (!document.objects().isEmpty()) {
            xml.start("CHILDREN");
            for (ReqifObject object : document.objects()) {
                xml.start("SPEC-HIERARCHY").attribute("IDENTIFIER", ReqifIdentifier.of("eqms-sh-", object.id()))
                        .attribute("LAST-CHANGE", now);
                xml.start("OBJECT").element("SPEC-OBJECT-REF", objectIdentifier(object.id())).end();
                xml.end();
            }
            xml.end();
        }
        xml.end().end();
    }

    private static void value(XmlOut xml, String definition, String value) {
        xml.start("ATTRIBUTE-VALUE-STRING").attribute("THE-VALUE", value);
        xml.start("DEFINITION").element("ATTRIBUTE-DEFINITION-STRING-REF", definition).end();
        xml.end();
    }

    static String objectIdentifier(String id) {
        return ReqifIdentifier.of("eqms-so-", id);
    }

    private static String foreignIdOf(String typeIdentifier) {
        return typeIdentifier + "-foreign-id";
    }

    private static int maxLength(ReqifDocument document) {
        int max = 1;
        for (ReqifObject object : document.objects()) {
            max = Math.max(max, length(object.id()));
            max = Math.max(max, length(object.title()));
            max = Math.max(max, length(object.text()));
            for (String value : object.attributes().values()) {
                max = Math.max(max, length(value));
            }
        }
        for (ReqifRelation relation : document.relations()) {
            max = Math.max(max, length(relation.id()));
        }
        return max;
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** The SPEC-OBJECT-TYPE of one object type: its IDENTIFIER and its attribute definitions' IDENTIFIERs by name. */
    private record ObjectType(String identifier, Map<String, String> attributeIds) {
    }

    /** Every object and relation type of the document, in order of first use. */
    private record Types(Map<String, ObjectType> objectTypes, Map<String, String> relationTypes) {

        static Types of(ReqifDocument document) {
            Map<String, Set<String>> attributeNames = new LinkedHashMap<>();
            for (ReqifObject object : document.objects()) {
                attributeNames.computeIfAbsent(object.type(), t -> new LinkedHashSet<>())
                        .addAll(object.attributes().keySet());
            }
            Map<String, ObjectType> objectTypes = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> entry : attributeNames.entrySet()) {
                String identifier = "eqms-sot-" + (objectTypes.size() + 1);
                Map<String, String> ids = new LinkedHashMap<>();
                ids.put(ReqifObject.FOREIGN_ID, foreignIdOf(identifier));
                ids.put(ReqifObject.NAME, identifier + "-name");
                ids.put(ReqifObject.TEXT, identifier + "-text");
                List<String> names = new ArrayList<>(entry.getValue());
                for (int i = 0; i < names.size(); i++) {
                    ids.put(names.get(i), identifier + "-ad-" + (i + 1));
                }
                objectTypes.put(entry.getKey(), new ObjectType(identifier, ids));
            }
            Map<String, String> relationTypes = new LinkedHashMap<>();
            for (ReqifRelation relation : document.relations()) {
                relationTypes.computeIfAbsent(relation.type(), t -> "eqms-srt-" + (relationTypes.size() + 1));
            }
            return new Types(objectTypes, relationTypes);
        }
    }
}
