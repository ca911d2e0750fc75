package org.eqms.confluence.pdf;

import org.eqms.pdf.XmlText;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a Confluence storage-format body into a safe XHTML fragment for printing. The output is written here,
 * element by element, from an allow-list: ordinary HTML structure and text survive, without any attribute but
 * {@code colspan}/{@code rowspan}; scripts, styles, forms, embedded objects and images are dropped with their
 * content; macros print as a placeholder followed by their body; links print their text. Nothing the output
 * contains can load a resource or close an element it did not open.
 */
public final class StorageFormatToXhtml {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final int MAX_DEPTH = 200;
    private static final Set<String> KEPT = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
            "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "strong", "b", "em", "i", "u",
            "s", "del", "ins", "sub", "sup", "small", "code", "pre", "br", "hr", "blockquote", "div", "span");
    private static final Set<String> EMPTY = Set.of("br", "hr");
    /** Dropped with everything inside them. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "param", "form", "input", "button", "select", "option", "textarea", "label", "link",
            "meta", "base", "head", "title", "svg", "math", "img", "picture", "video", "audio", "source", "track",
            "canvas", "map", "area", "template", "noscript", "col", "colgroup");
    private static final Set<String> SPAN_ATTRIBUTES = Set.of("colspan", "rowspan");

    private final PdfLabels labels;

    public StorageFormatToXhtml(PdfLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * @throws StorageFormatException when the body is not well-formed or nests deeper than the printer follows
     */
    public String convert(String storageFormat) {
        Element root = StorageFormatParser.parse(storageFormat);
        StringBuilder out = new StringBuilder(storageFormat.length());
        children(root, out, 0);
        return out.toString();
    }

    private void children(Node parent, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new StorageFormatException("The page body nests deeper than " + MAX_DEPTH + " elements.");
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            node(child, out, depth + 1);
        }
    }

    private void node(Node node, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> XmlText.escapeTo(node.getNodeValue(), out);
            case Node.ELEMENT_NODE -> element((Element) node, out, depth);
            case Node.ENTITY_REFERENCE_NODE -> children(node, out, depth);
            default -> { }
        }
    }

    private void element(Element element, StringBuilder out, int depth) {
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName().toLowerCase(Locale.ROOT);
        if (namespace == null || namespace.equals(XHTML)) {
            html(element, name, out, depth);
        } else if (namespace.equals(StorageFormatParser.AC)) {
            confluence(element, name, out, depth);
        } else if (!namespace.equals(StorageFormatParser.RI)) {
            children(element, out, depth);
        }
    }

    private void html(Element element, String name, StringBuilder out, int depth) {
        if (DROPPED.contains(name)) {
            return;
        }
        if (!KEPT.contains(name)) {
            children(element, out, depth);
            return;
        }
        out.append('<').append(name);
        if (name.equals("td") || name.equals("th")) {
            spanAttributes(element, out);
        }
        if (EMPTY.contains(name)) {
            out.append("/>");
            return;
        }
        out.append('>');
        children(element, out, depth);
        out.append("</").append(name).append('>');
    }

    private static void spanAttributes(Element cell, StringBuilder out) {
        for (String attribute : SPAN_ATTRIBUTES) {
            String value = cell.getAttribute(attribute).trim();
            if (value.matches("[1-9][0-9]?")) {
                out.append(' ').append(attribute).append("=\"").append(value).append('"');
            }
        }
    }

    private void confluence(Element element, String name, StringBuilder out, int depth) {
        switch (name) {
            case "structured-macro", "macro" -> macro(element, out, depth);
            case "plain-text-body" -> wrapped("pre", element.getTextContent(), out);
            case "rich-text-body", "layout", "layout-section", "layout-cell" -> block(element, out, depth);
            case "link" -> link(element, out, depth);
            case "image" -> placeholder(labels.text("eqms.pdf.body.image", imageName(element)), out);
            case "task-list" -> {
                out.append("<ul class=\"eqms-tasks\">");
                children(element, out, depth);
                out.append("</ul>");
            }
            case "task" -> task(element, out, depth);
            case "parameter", "placeholder", "emoticon", "task-id", "task-status", "default-parameter" -> { }
            default -> children(element, out, depth);
        }
    }

    private void macro(Element macro, StringBuilder out, int depth) {
        String macroName = macro.getAttributeNS(StorageFormatParser.AC, "name");
        out.append("<div class=\"eqms-macro\">");
        placeholder(labels.text("eqms.pdf.body.macro", macroName.isBlank() ? "?" : macroName), out);
        for (Node child = macro.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element body && StorageFormatParser.AC.equals(body.getNamespaceURI())
                    && !body.getLocalName().equals("parameter")) {
                node(body, out, depth + 1);
            }
        }
        out.append("</div>");
    }

    private void block(Element element, StringBuilder out, int depth) {
        out.append("<div>");
        children(element, out, depth);
        out.append("</div>");
    }

    private void link(Element link, StringBuilder out, int depth) {
        Element body = firstChild(link, StorageFormatParser.AC, "link-body");
        Element plain = firstChild(link, StorageFormatParser.AC, "plain-text-link-body");
        out.append("<span class=\"eqms-link\">");
        if (body != null) {
            children(body, out, depth);
        } else if (plain != null) {
            XmlText.escapeTo(plain.getTextContent(), out);
        } else {
            XmlText.escapeTo(linkTarget(link), out);
        }
        out.append("</span>");
    }

    private void task(Element task, StringBuilder out, int depth) {
        Element status = firstChild(task, StorageFormatParser.AC, "task-status");
        boolean done = status != null && status.getTextContent().trim().equals("complete");
        out.append("<li>");
        XmlText.escapeTo(labels.text(done ? "eqms.pdf.body.task.done" : "eqms.pdf.body.task.open") + " ", out);
        Element body = firstChild(task, StorageFormatParser.AC, "task-body");
        if (body != null) {
            children(body, out, depth);
        }
        out.append("</li>");
    }

    private static String linkTarget(Element link) {
        for (Node child = link.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element target && StorageFormatParser.RI.equals(target.getNamespaceURI())) {
                for (String attribute : new String[] {"content-title", "filename", "value", "space-key"}) {
                    String text = target.getAttributeNS(StorageFormatParser.RI, attribute);
                    if (!text.isBlank()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }

    private static String imageName(Element image) {
        String name = linkTarget(image);
        return name.isBlank() ? "?" : name;
    }

    private static Element firstChild(Element parent, String namespace, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static void placeholder(String text, StringBuilder out) {
        out.append("<span class=\"eqms-placeholder\">");
        XmlText.escapeTo(text, out);
        out.append("</span>");
    }

    private static void wrapped(String tag, String text, StringBuilder out) {
        out.append('<').append(tag).append('>');
        XmlText.escapeTo(text, out);
        out.append("</").append(tag).append('>');
    }
}
