package org.eqms.jira.documents;

import java.util.Objects;
import java.util.Optional;

/**
 * Port: finds a Confluence controlled document by its document number, for the risk controls that reference it.
 * Jira cannot query the Confluence app through any API we have verified, so in Jira the directory is {@link #NONE}
 * and every reference shows as unresolved; a host that can see both apps (the sandbox) provides a real one.
 */
@FunctionalInterface
public interface ControlledDocumentDirectory {

    /** Resolves nothing. */
    ControlledDocumentDirectory NONE = number -> Optional.empty();

    /** The document with that number, or empty when the directory does not know it. */
    Optional<ControlledDocument> find(String documentNumber);

    /**
     * What a reference shows of the document.
     *
     * @param title  the page title
     * @param status its lifecycle state as the Confluence app names it (e.g. {@code EFFECTIVE})
     * @param url    where to read it
     */
    record ControlledDocument(String title, String status, String url) {
        public ControlledDocument {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(url, "url");
        }
    }
}
