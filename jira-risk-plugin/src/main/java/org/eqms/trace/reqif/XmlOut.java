package org.eqms.trace.reqif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming XML writer: elements go out as they are written, nothing is kept but the stack of open
 * element names. It exists because the JDK's {@code XMLStreamWriter} leaves tab, line feed and carriage return
 * unescaped in attribute values, which every XML parser then normalises to spaces (XML 1.0 §3.3.3), and passes
 * characters XML 1.0 forbids through into a file no parser accepts. ReqIF keeps string values in attributes
 * ({@code THE-VALUE}), so multi-line requirement text would not survive. Here:
 * <ul>
 * <li>attribute values escape {@code & < > "} and tab, LF, CR as character references;</li>
 * <li>text escapes {@code & < >} and CR (so CRLF survives end-of-line handling);</li>
 * <li>characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, unpaired surrogates)
 * become U+FFFD.</li>
 * </ul>
 * Names are written as given; callers pass only fixed ReqIF element and attribute names.
 */
final class XmlOut {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean hasChildren;
    private boolean hasText;

    XmlOut(Writer out) {
        this.out = out;
    }

    XmlOut declaration() {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return this;
    }

    XmlOut start(String name) {
        closeStartTag();
        newline(open.size());
        write("<");
        write(name);
        open.push(name);
        startTagOpen = true;
        hasChildren = false;
        hasText = false;
        return this;
    }

    XmlOut attribute(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        write(" ");
        write(name);
        write("=\"");
        escape(value, true);
        write("\"");
        return this;
    }

    XmlOut text(String text) {
        closeStartTag();
        escape(text, false);
        hasText = true;
        return this;
    }

    /** An element holding only text: {@code <name>text</name>}. */
    XmlOut element(String name, String text) {
        return start(name).text(text).end();
    }

    XmlOut end() {
        String name = open.pop();
        if (startTagOpen) {
            write("/>");
            startTagOpen = false;
        } else {
            if (hasChildren && !hasText) {
                newline(open.size());
            }
            write("</");
            write(name);
            write(">");
        }
        hasChildren = true;
        hasText = false;
        return this;
    }

    void finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        write("\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            write(">");
            startTagOpen = false;
        }
    }

    private void newline(int depth) {
        write("\n");
        for (int i = 0; i < depth; i++) {
            write("  ");
        }
    }

    private void escape(String text, boolean inAttribute) {
        StringBuilder buffer = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> buffer.append("&amp;");
                case '<' -> buffer.append("&lt;");
                case '>' -> buffer.append("&gt;");
                case '"' -> buffer.append(inAttribute ? "&quot;" : "\"");
                case '\r' -> buffer.append("&#13;");
                case '\n' -> buffer.append(inAttribute ? "&#10;" : "\n");
                case '\t' -> buffer.append(inAttribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        buffer.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            buffer.append(c).append(text.charAt(++i));
                        } else {
                            buffer.append('\uFFFD');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        buffer.append('\uFFFD');
                    } else {
                        buffer.append(c);
                    }
                }
            }
        }
        write(buffer.toString());
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
