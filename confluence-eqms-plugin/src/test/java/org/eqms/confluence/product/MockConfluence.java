package org.eqms.confluence.product;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Confluence's {@link PageManager} stood in for with Mockito (the product seam): pages with a version history in
 * which, as in Confluence, every historical version is its own content object with its own id.
 */
final class MockConfluence {
    final PageManager pageManager = mock(PageManager.class);
    final AttachmentManager attachmentManager = mock(AttachmentManager.class);
    private final Map<Long, List<Page>> histories = new HashMap<>();
    private final Map<Long, Page> byContentId = new HashMap<>();
    private long nextHistoricalId = 900_000;
    private long clock = 1_000_000L;

    MockConfluence() {
        when(pageManager.getPage(anyLong())).thenAnswer(call -> byContentId.get((Long) call.getArgument(0)));
        when(pageManager.getPageByVersion(any(), anyInt())).thenAnswer(call -> {
            AbstractPage page = call.getArgument(0);
            int version = call.getArgument(1);
            List<Page> history = histories.get(page.getId());
            return history == null || version < 1 || version > history.size() ? null : history.get(version - 1);
        });
    }

    /** Saves a new version of the page (the first one creates it) by {@code editorKey}, in space {@code spaceKey}. */
    Page edit(String spaceKey, long pageId, String title, String body, String editorKey, Page... ancestors) {
        List<Page> history = histories.computeIfAbsent(pageId, id -> new ArrayList<>());
        Space space = mock(Space.class);
        when(space.getKey()).thenReturn(spaceKey);
        ConfluenceUser editor = mock(ConfluenceUser.class);
        when(editor.getKey()).thenReturn(new UserKey(editorKey));
        Page current = mock(Page.class);
        when(current.getId()).thenReturn(pageId);
        when(current.getVersion()).thenReturn(history.size() + 1);
        when(current.getTitle()).thenReturn(title);
        com.atlassian.confluence.core.BodyContent content = mock(com.atlassian.confluence.core.BodyContent.class);
        when(content.getBody()).thenReturn(body);
        when(current.getBodyContent()).thenReturn(content);
        when(current.getSpace()).thenReturn(space);
        when(current.getAncestors()).thenReturn(List.of(ancestors));
        when(current.getLastModifier()).thenReturn(editor);
        when(current.getLastModificationDate()).thenReturn(new Date(clock += 60_000));
        when(current.getLatestVersion()).thenReturn(current);
        if (!history.isEmpty()) {
            Page previous = history.get(history.size() - 1);
            long historicalId = nextHistoricalId++;
            when(previous.getId()).thenReturn(historicalId);
            when(previous.getLatestVersion()).thenReturn(current);
            byContentId.put(historicalId, previous);
        }
        history.add(current);
        byContentId.put(pageId, current);
        return current;
    }

    /** Confluence no longer keeps that historical version (removed by a user or a retention rule). */
    void removeVersion(long pageId, int version) {
        histories.get(pageId).set(version - 1, null);
    }

    /** The page is purged: Confluence no longer returns it or its history. */
    void purge(long pageId) {
        byContentId.remove(pageId);
        histories.remove(pageId);
    }

    /** The content id of a historical version of the page. */
    long contentIdOf(long pageId, int version) {
        return histories.get(pageId).get(version - 1).getId();
    }

    Date savedAt(long pageId, int version) {
        return histories.get(pageId).get(version - 1).getLastModificationDate();
    }
}
