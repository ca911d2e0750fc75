package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/**
 * Represents a Confluence macro (XHTML macro module, since Confluence 4.0).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/confluence/macro/Macro.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/9.1.2-m01-CONFSRVDEV-34295-remove-restv1/com/atlassian/confluence/macro/Macro.html
 * (the three abstract methods and the two nested enums), and for the enum constants
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/macro/Macro.BodyType.html and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.0/com/atlassian/confluence/macro/Macro.OutputType.html.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/confluence/macro/Macro.html">Macro</a>
 */
public interface Macro {

    /** @throws MacroExecutionException when the macro cannot render; Confluence shows its message in place */
    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    /** @return the type of body this macro has */
    BodyType getBodyType();

    OutputType getOutputType();

    /** Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/macro/Macro.BodyType.html */
    enum BodyType {
        PLAIN_TEXT, RICH_TEXT, NONE
    }

    /** Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.0/com/atlassian/confluence/macro/Macro.OutputType.html */
    enum OutputType {
        INLINE, BLOCK
    }
}
