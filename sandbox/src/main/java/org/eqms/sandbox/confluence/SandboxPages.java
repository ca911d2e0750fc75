package org.eqms.sandbox.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.document.PageLocation;
import org.eqms.document.PageSource;
import org.eqms.document.PageVersion;
import org.eqms.sandbox.confluence.entity.PageRow;
import org.eqms.sandbox.confluence.entity.PageVersionRow;
import org.eqms.sandbox.confluence.entity.SpaceRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.StoredInstant;
import org.eqms.store.ao.UniqueKeys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sandbox's spaces and pages with their full version history, on Active Objects: what Confluence's
 * {@code PageManager} is to the product. Every edit adds a version (title, storage-format XHTML body exactly as
 * written, author, server time); versions are never changed or deleted. Sandbox pages have no attachments.
 */
public final class SandboxPages implements PageSource {
    public static final int MAX_TITLE = 255;
    /** Storage-format bodies above this size are refused (a sandbox editor, not a bulk store). */
    public static final int MAX_BODY = 1_000_000;
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Z][A-Z0-9]{0,31}");

    private final ActiveObjects ao;
    private final Clock clock;

    public SandboxPages(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the space unless it exists; returns whether it was created. */
    public boolean ensureSpace(String spaceKey, String name) {
        requireSpaceKey(spaceKey);
        if (spaceExists(spaceKey)) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(SpaceRow.SPACE_KEY, spaceKey);
        row.put("SPACE_NAME", requireText(name, "space name", MAX_TITLE));
        ao.executeInTransaction(() -> ao.create(SpaceRow.class, row));
        return true;
    }

    public boolean spaceExists(String spaceKey) {
        return spaceKey != null && ao.count(SpaceRow.class, SpaceRow.SPACE_KEY + " = ?", spaceKey) > 0;
    }

    /** A new page of an existing space, with its version 1. */
    public PageVersion create(String spaceKey, String title, String body, String authorKey) {
        requireSpaceKey(spaceKey);
        if (!spaceExists(spaceKey)) {
            throw SandboxPageException.notFound("Space " + spaceKey + " does not exist.", "Create pages in an existing space, e.g. QMS.");
        }
        String checkedTitle = requireText(title, "title", MAX_TITLE);
        String checkedBody = requireBody(body);
        Objects.requireNonNull(authorKey, "authorKey");
        return ao.executeInTransaction(() -> {
            Map<String, Object> page = new HashMap<>();
            page.put(PageRow.SPACE_KEY, spaceKey);
            page.put(PageRow.CURRENT_VERSION, 1);
            PageRow row = ao.create(PageRow.class, page);
            insertVersion(row.getID(), 1, checkedTitle, checkedBody, authorKey);
            return new PageVersion(row.getID(), 1, checkedTitle, checkedBody);
        });
    }

    /**
     * A new version of the page. {@code baseVersion}, when given, must be the current version (the one the editor
     * started from): a page changed meanwhile is refused with 409 rather than silently overwritten.
     */
    public PageVersion update(long pageId, Integer baseVersion, String title, String body, String authorKey) {
        String checkedTitle = requireText(title, "title", MAX_TITLE);
        String checkedBody = requireBody(body);
        Objects.requireNonNull(authorKey, "authorKey");
        try {
            return ao.executeInTransaction(() -> {
                PageRow page = page(pageId).orElseThrow(() -> missing(pageId));
                int current = page.getCurrentVersion();
                if (baseVersion != null && baseVersion != current) {
                    throw conflict(pageId, current);
                }
                int next = current + 1;
                insertVersion(pageId, next, checkedTitle, checkedBody, authorKey);
                page.setCurrentVersion(next);
                page.save();
                return new PageVersion(pageId, next, checkedTitle, checkedBody);
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw conflict(pageId, null);
            }
            throw e;
        }
    }

    /** Every version of the page, oldest first; 404 for an unknown page. */
    public List<PageHistoryEntry> history(long pageId) {
        if (page(pageId).isEmpty()) {
            throw missing(pageId);
        }
        List<PageHistoryEntry> history = new ArrayList<>();
        for (PageVersionRow row : ao.find(PageVersionRow.class, Query.select("ID, PAGE_ID, PAGE_VERSION, TITLE, AUTHOR_KEY, CREATED_AT")
                .where(PageVersionRow.PAGE_ID + " = ?", pageId).order(PageVersionRow.PAGE_VERSION + " ASC"))) {
            history.add(new PageHistoryEntry(pageId, row.getPageVersion(), row.getTitle(), row.getAuthorKey(),
                    StoredInstant.parse(row.getCreatedAt())));
        }
        return history;
    }

    /** The pages of a space, by id. */
    public List<Long> pagesOf(String spaceKey) {
        List<Long> ids = new ArrayList<>();
        for (PageRow row : ao.find(PageRow.class, Query.select("ID").where(PageRow.SPACE_KEY + " = ?", spaceKey)
                .order("ID ASC"))) {
            ids.add((long) row.getID());
        }
        return ids;
    }

    @Override
    public Optional<PageVersion> current(long pageId) {
        return page(pageId).flatMap(page -> version(pageId, page.getCurrentVersion()));
    }

    @Override
    public Optional<PageVersion> version(long pageId, int version) {
        if (pageId < 1 || version < 1) {
            return Optional.empty();
        }
        PageVersionRow[] rows = ao.find(PageVersionRow.class, PageVersionRow.VERSION_KEY + " = ?", versionKey(pageId, version));
        return rows.length == 0 ? Optional.empty()
                : Optional.of(new PageVersion(pageId, version, rows[0].getTitle(), rows[0].getBody()));
    }

    @Override
    public Map<String, String> attachmentHashes(long pageId, int version) {
        return Map.of();
    }

    @Override
    public Optional<PageLocation> location(long pageId) {
        return page(pageId).map(page -> PageLocation.topLevel(page.getSpaceKey(), pageId));
    }

    private Optional<PageRow> page(long pageId) {
        if (pageId < 1 || pageId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(PageRow.class, (int) pageId));
    }

    private void insertVersion(long pageId, int version, String title, String body, String authorKey) {
        Map<String, Object> row = new HashMap<>();
        row.put(PageVersionRow.VERSION_KEY, versionKey(pageId, version));
        row.put(PageVersionRow.PAGE_ID, pageId);
        row.put(PageVersionRow.PAGE_VERSION, version);
        row.put("TITLE", title);
        row.put("BODY", body);
        row.put("AUTHOR_KEY", authorKey);
        row.put("CREATED_AT", StoredInstant.format(clock.instant()));
        ao.create(PageVersionRow.class, row);
    }

    private static String versionKey(long pageId, int version) {
        return UniqueKeys.of(Long.toString(pageId), Integer.toString(version));
    }

    private static void requireSpaceKey(String spaceKey) {
        if (spaceKey == null || !SPACE_KEY.matcher(spaceKey).matches()) {
            throw SandboxPageException.badRequest("\"" + spaceKey + "\" is not a valid space key.",
                    "Use upper-case letters and digits, starting with a letter, e.g. QMS.");
        }
    }

    private static String requireText(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw SandboxPageException.badRequest("The " + what + " is missing.", "Send a non-blank " + what + ".");
        }
        if (text.length() > max) {
            throw SandboxPageException.badRequest("The " + what + " has " + text.length() + " characters.",
                    "Use at most " + max + " characters.");
        }
        return text;
    }

    private static String requireBody(String body) {
        if (body == null) {
            throw SandboxPageException.badRequest("The body is missing.", "Send the page's storage-format XHTML as \"body\".");
        }
        if (body.length() > MAX_BODY) {
            throw SandboxPageException.badRequest("The body has " + body.length() + " characters.",
                    "Keep a page body under " + MAX_BODY + " characters.");
        }
        return body;
    }

    private static SandboxPageException missing(long pageId) {
        return SandboxPageException.notFound("Page " + pageId + " does not exist.", "Check the page id.");
    }

    private static SandboxPageException conflict(long pageId, Integer current) {
        return new SandboxPageException(409, "page_changed", "Page " + pageId + " was changed by someone else"
                + (current == null ? "." : " (it is now at version " + current + ")."),
                "Reload the page, apply your change to its current version and save again.");
    }
}
