package org.eqms.confluence.product;

import com.atlassian.confluence.core.BodyContent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.document.PageLocation;
import org.eqms.document.PageSource;
import org.eqms.document.PageVersion;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignableVersion;

/**
 * Confluence pages as the document domain and the signature engine see them, read with {@link PageManager} and
 * {@link AttachmentManager}.
 *
 * <ul>
 *   <li>A page is the current version of a Confluence page: an id that names a historical version (Confluence gives
 *       each historical version its own content id) is not a page here.</li>
 *   <li>A historical version keeps the page's id in its {@link PageVersion} (the content hash binds the page id, not
 *       the historical row's id); it is empty when Confluence no longer keeps it.</li>
 *   <li>Attachments: Confluence versions attachments separately from the page. For the current page version the
 *       hashes are those of the latest version of each attachment; for a historical page version, those of the
 *       newest attachment version last modified at or before that page version was saved. Attachments are hashed
 *       from a stream, never loaded whole; one whose data Confluence cannot return is reported as
 *       {@link #MISSING_DATA}.</li>
 * </ul>
 */
@Named
public class ConfluencePageSource implements PageSource, SignableContent {
    /** The hash reported for an attachment whose stored data Confluence cannot return. */
    public static final String MISSING_DATA = "missing";
    private static final int BUFFER = 64 * 1024;

    private final PageManager pageManager;
    private final AttachmentManager attachmentManager;

    @Inject
    public ConfluencePageSource(@ComponentImport PageManager pageManager,
                                @ComponentImport AttachmentManager attachmentManager) {
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.attachmentManager = Objects.requireNonNull(attachmentManager, "attachmentManager");
    }

    @Override
    public Optional<PageVersion> current(long pageId) {
        return currentPage(pageId).map(page -> toVersion(pageId, page));
    }

    @Override
    public Optional<PageVersion> version(long pageId, int version) {
        return versionOf(pageId, version).map(page -> toVersion(pageId, page));
    }

    @Override
    public Map<String, String> attachmentHashes(long pageId, int version) {
        Optional<Page> current = currentPage(pageId);
        if (current.isEmpty()) {
            return Map.of();
        }
        if (version == current.get().getVersion()) {
            return hashes(nonNull(attachmentManager.getLatestVersionsOfAttachments(current.get())));
        }
        Optional<AbstractPage> historical = versionOf(pageId, version);
        if (historical.isEmpty()) {
            return Map.of();
        }
        Date savedAt = historical.get().getLastModificationDate();
        Map<String, Attachment> newest = new HashMap<>();
        for (Attachment attachment : nonNull(attachmentManager.getAllVersionsOfAttachments(current.get()))) {
            Date modified = attachment.getLastModificationDate();
            if (savedAt == null || modified == null || modified.after(savedAt)) {
                continue;
            }
            newest.merge(attachment.getFileName(), attachment,
                    (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
        }
        return hashes(new ArrayList<>(newest.values()));
    }

    @Override
    public Optional<PageLocation> location(long pageId) {
        return currentPage(pageId).flatMap(page -> {
            Space space = page.getSpace();
            if (space == null || space.getKey() == null || space.getKey().isBlank()) {
                return Optional.empty();
            }
            List<Long> ancestors = new ArrayList<>();
            for (Page ancestor : nonNull(page.getAncestors())) {
                ancestors.add(ancestor.getId());
            }
            return Optional.of(new PageLocation(space.getKey(), pageId, ancestors));
        });
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        if (!PageVersion.OBJECT_TYPE.equals(type) || id == null) {
            return Optional.empty();
        }
        long pageId;
        try {
            pageId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return pageId < 1 ? Optional.empty() : current(pageId).map(PageVersion::toSignable);
    }

    private Optional<Page> currentPage(long pageId) {
        if (pageId < 1) {
            return Optional.empty();
        }
        Page page = pageManager.getPage(pageId);
        if (page == null) {
            return Optional.empty();
        }
        AbstractPage latest = page.getLatestVersion();
        if (latest != null && latest.getId() != page.getId()) {
            return Optional.empty(); // the id of a historical version, not of a page
        }
        return Optional.of(page);
    }

    private Optional<AbstractPage> versionOf(long pageId, int version) {
        Optional<Page> current = currentPage(pageId);
        if (current.isEmpty() || version < 1 || version > current.get().getVersion()) {
            return Optional.empty();
        }
        if (version == current.get().getVersion()) {
            return Optional.of(current.get());
        }
        AbstractPage historical = pageManager.getPageByVersion(current.get(), version);
        return historical == null || historical.getVersion() != version ? Optional.empty() : Optional.of(historical);
    }

    private static PageVersion toVersion(long pageId, AbstractPage page) {
        BodyContent body = page.getBodyContent();
        return new PageVersion(pageId, page.getVersion(), Objects.toString(page.getTitle(), ""),
                body == null ? "" : Objects.toString(body.getBody(), ""));
    }

    private Map<String, String> hashes(List<Attachment> attachments) {
        Map<String, String> hashes = new TreeMap<>();
        for (Attachment attachment : attachments) {
            hashes.put(attachment.getFileName(), sha256(attachment));
        }
        return Collections.unmodifiableMap(hashes);
    }

    private String sha256(Attachment attachment) {
        MessageDigest digest = newDigest();
        try (InputStream data = attachmentManager.getAttachmentData(attachment)) {
            if (data == null) {
                return MISSING_DATA;
            }
            byte[] buffer = new byte[BUFFER];
            for (int read = data.read(buffer); read >= 0; read = data.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + attachment.getFileName(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
