package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import java.io.InputStream;
import java.util.List;

/**
 * Confluence's attachment service (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.13.5/com/atlassian/confluence/pages/AttachmentManager.html
 * and https://docs.atlassian.com/atlassian-confluence/5.9.8/com/atlassian/confluence/pages/AttachmentManager.html:
 * {@code List<Attachment> getAllVersionsOfAttachments(ContentEntityObject content)} "Returns a list of all attachments,
 * old and new", {@code InputStream getAttachmentData(Attachment attachment)} "Retrieve the data for attachment", and
 * {@code List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content)} (3.5.6 and 2.10 pages: "Returns a
 * list of only latest versions of attachments").
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/7.13.5/com/atlassian/confluence/pages/AttachmentManager.html">AttachmentManager</a>
 */
public interface AttachmentManager {

    /** @return only the latest version of each attachment of the content */
    List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content);

    /** @return every version of every attachment of the content, old and new */
    List<Attachment> getAllVersionsOfAttachments(ContentEntityObject content);

    /** @return the attachment's bytes, as a stream the caller closes */
    InputStream getAttachmentData(Attachment attachment);
}
