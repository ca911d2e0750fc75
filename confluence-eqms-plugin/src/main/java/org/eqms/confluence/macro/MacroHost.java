package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** Port of the Confluence macro classes: the page being rendered and the reader. */
public interface MacroHost {

    /** The id of the page (or other content) the macro is rendered on, {@code null} when there is none. */
    Long currentPageId(ConversionContext context);

    /** The reader's user key, {@code null} if anonymous. */
    String viewerKey();
}
