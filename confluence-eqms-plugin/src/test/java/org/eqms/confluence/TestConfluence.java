package org.eqms.confluence;

import org.eqms.audit.Actor;
import org.eqms.document.DocumentActors;
import org.eqms.document.DocumentControllers;
import org.eqms.document.GroupMembership;
import org.eqms.document.GroupRoster;
import org.eqms.document.PageLocation;
import org.eqms.document.PageSource;
import org.eqms.document.PageVersion;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignableVersion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Confluence as the document domain sees it, for tests at the product seam: pages with full version history,
 * attachments, groups and users' printed names. Only the product is stood in for; every eQMS class is real.
 */
final class TestConfluence implements PageSource, GroupMembership, GroupRoster, DocumentControllers, DocumentActors,
        SignableContent {
    private final Map<Long, List<PageVersion>> pages = new ConcurrentHashMap<>();
    private final Map<Long, String> spaces = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> controllers = ConcurrentHashMap.newKeySet();

    void user(String key, String fullName, String... memberOf) {
        names.put(key, fullName);
        for (String group : memberOf) {
            groups.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).add(key);
        }
    }

    void controller(String key) {
        controllers.add(key);
    }

    PageVersion edit(String spaceKey, long pageId, String title, String body) {
        spaces.put(pageId, spaceKey);
        List<PageVersion> history = pages.computeIfAbsent(pageId, id -> new ArrayList<>());
        synchronized (history) {
            PageVersion version = new PageVersion(pageId, history.size() + 1, title, body);
            history.add(version);
            return version;
        }
    }

    void removeHistoricalVersion(long pageId, int version) {
        List<PageVersion> history = pages.get(pageId);
        synchronized (history) {
            history.set(version - 1, null);
        }
    }

    /** Replaces a stored historical version's title and body in place, as a tampered database or import would. */
    void replaceHistoricalVersion(long pageId, int version, String title, String body) {
        List<PageVersion> history = pages.get(pageId);
        synchronized (history) {
            history.set(version - 1, new PageVersion(pageId, version, title, body));
        }
    }

    @Override
    public Optional<PageVersion> current(long pageId) {
        List<PageVersion> history = pages.get(pageId);
        if (history == null) {
            return Optional.empty();
        }
        synchronized (history) {
            return Optional.ofNullable(history.get(history.size() - 1));
        }
    }

    @Override
    public Optional<PageVersion> version(long pageId, int version) {
        List<PageVersion> history = pages.get(pageId);
        if (history == null || version < 1 || version > history.size()) {
            return Optional.empty();
        }
        synchronized (history) {
            return Optional.ofNullable(history.get(version - 1));
        }
    }

    @Override
    public Map<String, String> attachmentHashes(long pageId, int version) {
        return Map.of("flowchart.png", sha256("png bytes of page " + pageId + " v" + version));
    }

    @Override
    public Optional<PageLocation> location(long pageId) {
        return Optional.ofNullable(spaces.get(pageId)).map(space -> PageLocation.topLevel(space, pageId));
    }

    @Override
    public boolean isMember(String userKey, String group) {
        return groups.getOrDefault(group, Set.of()).contains(userKey);
    }

    @Override
    public Set<String> membersOf(String group) {
        return Set.copyOf(groups.getOrDefault(group, Set.of()));
    }

    @Override
    public boolean isDocumentController(String userKey, String documentId) {
        return controllers.contains(userKey);
    }

    @Override
    public Actor actor(String userKey) {
        return new Actor(userKey, names.getOrDefault(userKey, userKey));
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        return PageVersion.OBJECT_TYPE.equals(type) ? current(Long.parseLong(id)).map(PageVersion::toSignable)
                : Optional.empty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
