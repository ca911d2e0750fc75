package com.atlassian.confluence.spaces;

/**
 * A Confluence space (a concrete, Hibernate-mapped class in the product).
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/5.5/com/atlassian/confluence/spaces/package-frame.html
 * (class {@code Space} in {@code com.atlassian.confluence.spaces}) and
 * https://docs.atlassian.com/atlassian-confluence/5.8.6/com/atlassian/confluence/spaces/SpaceManager.html (returns and
 * takes {@code Space}). NOT seen in a docs excerpt here: the method table of {@code Space} itself; {@code String getKey()}
 * is declared from Confluence's own code ({@code space.getKey()}) and must be confirmed under {@code -Patlassian}.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/5.5/com/atlassian/confluence/spaces/package-frame.html">com.atlassian.confluence.spaces</a>
 */
public class Space {

    /** Not for use: instances come from Confluence (declared so tests can mock this class). */
    protected Space() {
    }

    /** @return the space key, e.g. {@code "QMS"} */
    public String getKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
