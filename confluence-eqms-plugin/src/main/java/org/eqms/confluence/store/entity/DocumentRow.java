package org.eqms.confluence.store.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A controlled document (ISO 13485 §4.2.4: unique identification). Inserted once, never updated or deleted.
 * One document per Confluence page (UNIQUE {@value #PAGE_ID}) and one per number in a space (UNIQUE
 * {@value #SPACE_NUMBER}, the space key and number joined: AO has single-column UNIQUE only). The page is a plain
 * id and the creator a user key: no foreign keys to product tables (DESIGN §4).
 */
@Table("CONTROLLED_DOC")
public interface DocumentRow extends RawEntity<String> {
    String DOCUMENT_ID = "DOCUMENT_ID";
    String SPACE_KEY = "SPACE_KEY";
    String PAGE_ID = "PAGE_ID";
    String TYPE_KEY = "TYPE_KEY";
    String DOC_NUMBER = "DOC_NUMBER";
    String SPACE_NUMBER = "SPACE_NUMBER";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";

    @PrimaryKey(DOCUMENT_ID)
    @NotNull
    String getDocumentId();

    @NotNull
    @Indexed
    String getSpaceKey();

    @NotNull
    @Unique
    long getPageId();

    @NotNull
    String getTypeKey();

    @NotNull
    String getDocNumber();

    /** {@code <space key>/<number>} (see {@code UniqueKeys}): the database's guard against a number used twice. */
    @NotNull
    @Unique
    String getSpaceNumber();

    /** User key, never a user name. */
    @NotNull
    String getCreatedBy();

    @NotNull
    String getCreatedAt();
}
