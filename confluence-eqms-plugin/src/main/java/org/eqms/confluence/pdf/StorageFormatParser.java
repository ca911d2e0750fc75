package org.eqms.confluence.pdf;

import org.eqms.pdf.SecureXml;
import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a Confluence storage-format body (an XHTML fragment with {@code ac:}, {@code ri:} and {@code at:}
 * elements and HTML named entities) into a DOM, under one wrapper element that declares those prefixes.
 */
final class StorageFormatParser {

    static final String AC = "http://atlassian.com/content";
    static final String RI = "http://atlassian.com/resource/identifier";
    static final String AT = "http://atlassian.com/template";
    private static final String WRAPPER = "eqms-storage-body";
    /** Everything before the body, on one line (no line break) so parser line numbers are body line numbers. */
    private static final String PROLOGUE = "<!DOCTYPE " + WRAPPER + " [" + HtmlEntities.internalSubset() + "]>"
            + "<" + WRAPPER + " xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"" + AT + "\">";

    private StorageFormatParser() {
    }

    /** The wrapper element whose children are the body's top-level nodes. */
    static Element parse(String body) {
        Objects.requireNonNull(body, "body");
        String document = PROLOGUE + body + "</" + WRAPPER + ">";
        try {
            return SecureXml.documentBuilder().parse(new InputSource(new StringReader(document))).getDocumentElement();
        } catch (SAXParseException e) {
            int line = Math.max(1, e.getLineNumber());
            int column = line == 1 ? Math.max(1, e.getColumnNumber() - PROLOGUE.length()) : e.getColumnNumber();
            throw new StorageFormatException("The page body is not well-formed storage format (line " + line
                    + ", column " + column + "): " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new StorageFormatException("The page body is not well-formed storage format: " + e.getMessage(), e);
        }
    }
}
