package com.atlassian.confluence.content.render.xhtml;

/**
 * Failure of an XHTML (storage/view format) operation.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/content/render/xhtml/XhtmlException.html
 * (extends Exception; the four constructors below).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/content/render/xhtml/XhtmlException.html">XhtmlException</a>
 */
public class XhtmlException extends Exception {
    private static final long serialVersionUID = 1L;

    public XhtmlException() {
        super();
    }

    public XhtmlException(String message) {
        super(message);
    }

    public XhtmlException(Throwable cause) {
        super(cause);
    }

    public XhtmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
