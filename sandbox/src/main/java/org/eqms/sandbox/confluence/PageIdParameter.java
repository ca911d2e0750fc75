package org.eqms.sandbox.confluence;

import javax.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/** The {@code pageId} query parameter of Confluence's page URLs: a positive number, or empty when missing or malformed. */
final class PageIdParameter {
    private PageIdParameter() {
    }

    static OptionalLong of(HttpServletRequest request) {
        String text = request.getParameter("pageId");
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(text);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
