package com.atlassian.confluence.spaces;

/**
 * Confluence's space service (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/5.8.6/com/atlassian/confluence/spaces/SpaceManager.html
 * ({@code public interface SpaceManager}; its method table excerpt here stops before {@code getSpace}) and DESIGN.md §3's
 * verified facts ({@code SpaceManager.getSpace(String)}). Only {@code getSpace(String)} is declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/5.8.6/com/atlassian/confluence/spaces/SpaceManager.html">SpaceManager</a>
 */
public interface SpaceManager {

    /** @return the space with this key, or {@code null} if there is none */
    Space getSpace(String spaceKey);
}
