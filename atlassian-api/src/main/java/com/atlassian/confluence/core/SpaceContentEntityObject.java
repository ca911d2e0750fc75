package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/**
 * Content that lives in a space (super-class of {@code AbstractPage}); implements {@code Spaced}.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/5.5/com/atlassian/confluence/pages/AbstractPage.html
 * ("extended by com.atlassian.confluence.core.SpaceContentEntityObject"; "All Implemented Interfaces: ... Spaced") and
 * https://docs.atlassian.com/atlassian-confluence/5.5/com/atlassian/confluence/spaces/package-frame.html (interface
 * {@code Spaced}). {@code Space getSpace()} (the {@code Spaced} member) was not itself seen in an excerpt here.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/5.5/com/atlassian/confluence/pages/AbstractPage.html">AbstractPage (extends SpaceContentEntityObject)</a>
 */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    /** Not for use: instances come from Confluence. */
    protected SpaceContentEntityObject() {
    }

    /** @return the space the content lives in */
    public Space getSpace() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
