package org.eqms.confluence.macro;

import org.eqms.confluence.access.ContentPermissions;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;
import org.eqms.document.DocumentActors;
import org.eqms.document.DocumentRepository;
import org.eqms.document.PageSource;
import org.eqms.document.ReaderView;
import org.eqms.signature.SignatureStore;

import java.util.Objects;

/**
 * What the macro cores work with, all ports: the Confluence wiring fills it from the product and the AO stores, the
 * sandbox from its own implementations; the cores are the same.
 *
 * @param signatures the signature records, for the printed name, meaning and time each approval was signed with
 */
public record MacroServices(DocumentRepository documents, ReaderView reader, PageSource pages,
                            ContentPermissions permissions, DocumentActors actors, SignatureStore signatures,
                            TemplateRenderer templates, I18n i18n) {
    public MacroServices {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(signatures, "signatures");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(i18n, "i18n");
    }

    MacroRefusal refuse(String key, Object... args) {
        return new MacroRefusal(key, i18n.getText(key, args));
    }
}
