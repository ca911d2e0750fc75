package org.eqms.confluence.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.sal.HomeKeyEncryptionKey;
import org.eqms.confluence.product.ConfluenceContentPermissions;
import org.eqms.confluence.product.ConfluencePageSource;
import org.eqms.confluence.product.PageEventListener;
import org.eqms.confluence.product.SalDocumentActors;
import org.eqms.confluence.product.SalGroupMembership;
import org.eqms.confluence.rest.DocumentServices;
import org.eqms.confluence.store.AoNumberSequence;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.document.ApprovalRule;
import org.eqms.document.ControlledDocument;
import org.eqms.document.ControlledScope;
import org.eqms.document.DocumentNumberFormat;
import org.eqms.document.DocumentSigningChallenge;
import org.eqms.document.DocumentState;
import org.eqms.document.DocumentType;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.Revision;
import org.eqms.document.RevisionScheme;
import org.eqms.document.SigningPurpose;
import org.eqms.document.SpaceSettings;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.ClusterLedgerLock;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConfluenceApp} built as Spring builds it — its {@code @Inject} constructor, the real product adapters, a real
 * Active Objects on the test database — with Mockito stand-ins only for the Atlassian product services (SAL, Beehive,
 * Confluence's managers, the event publisher). One real flow through the graph proves it is wired: a space configured,
 * a page placed under control, submitted, signed by an approver with his password, edited during review (through
 * {@link PageEventListener}), with a verifiable ledger and cluster locks taken.
 */
class ConfluenceAppTest {
    private static final long PAGE = 4711;
    private static final String ADMIN = "u-admin";
    private static final String ALICE = "u-alice";
    private static final String BOB = "u-bob";

    @TempDir
    Path sharedHome;
    @TempDir
    Path localHome;

    private final ClusterLockService clusterLocks = mock(ClusterLockService.class);
    private final UserManager sal = mock(UserManager.class);
    private final PluginSettingsFactory pluginSettings = mock(PluginSettingsFactory.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final Pages confluence = new Pages();

    ConfluenceAppTest() {
        when(clusterLocks.getLockForName(anyString())).thenReturn(mock(ClusterLock.class));
        when(pluginSettings.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
        user(ADMIN, "admin", "Ada Administrator", "confluence-administrators");
        user(ALICE, "alice", "Alice Author", "authors");
        user(BOB, "bob", "Bob Approver", "approvers");
        when(sal.authenticate("bob", "bob-pw")).thenReturn(true);
    }

    private ConfluenceApp app(ActiveObjects ao) {
        when(applicationProperties.getSharedHomeDirectory()).thenReturn(Optional.of(sharedHome));
        when(applicationProperties.getLocalHomeDirectory()).thenReturn(Optional.of(localHome));
        ao.migrate(ConfluenceEntities.array());
        PermissionManager permissionManager = mock(PermissionManager.class);
        SpaceManager spaceManager = mock(SpaceManager.class);
        return new ConfluenceApp(ao, clusterLocks, sal, pluginSettings, applicationProperties, userAccessor,
                new ConfluencePageSource(confluence.pageManager, confluence.attachmentManager),
                new ConfluenceContentPermissions(permissionManager, userAccessor, confluence.pageManager, spaceManager),
                new SalGroupMembership(sal), new SalDocumentActors(sal));
    }

    @ActiveObjectsTest
    void theWiredAppConfiguresASpaceControlsAPageAndSignsItsRevision(ActiveObjects ao) throws IOException {
        ConfluenceApp app = app(ao);
        assertThat(app.isBuilt()).isFalse();
        assertThat(sharedHome.resolve(HomeKeyEncryptionKey.RELATIVE_PATH)).doesNotExist();

        DocumentServices services = app.documents();
        services.spaces().save(ADMIN, qmsSettings(), "initial configuration", null);
        confluence.edit("QMS", PAGE, "Cleaning procedure", "<p>v1</p>", ALICE);
        ControlledDocument sop = services.control().place(ALICE, PAGE, "SOP", null);
        services.control().apply(sop.id(),
                new LifecycleCommand.Submit(ALICE, services.pages().current(PAGE).orElseThrow().contentHash()), null);

        DocumentSigningChallenge challenge = services.signing().challenge(BOB, "session-bob", sop.id(),
                SigningPurpose.APPROVAL);
        SignatureRecord signature = services.signing().sign(BOB, sop.id(), SigningPurpose.APPROVAL,
                new SigningRequest(challenge.challenge().id(), "Approved", "reviewed",
                        Credentials.password("bob", "bob-pw"), "session-bob", null));

        assertThat(app.isBuilt()).isTrue();
        assertThat(sop.number()).isEqualTo("SOP-0001");
        assertThat(signature.signerKey()).isEqualTo(BOB);
        assertThat(signature.authMethod()).isEqualTo("id+password");
        Revision inReview = app.documentControl().latestRevision(sop.id());
        assertThat(inReview.state()).isEqualTo(DocumentState.IN_REVIEW);
        assertThat(inReview.approvals()).singleElement()
                .satisfies(a -> assertThat(a.signatureId()).isEqualTo(signature.id()));

        // The page event listener gets document control from the app, and an edit during review invalidates the signature.
        PageEventListener listener = new PageEventListener(eventPublisher, app);
        verify(eventPublisher).register(listener);
        Page v2 = confluence.edit("QMS", PAGE, "Cleaning procedure", "<p>v2</p>", ALICE);
        PageUpdateEvent edited = mock(PageUpdateEvent.class);
        when(edited.getPage()).thenReturn(v2);
        listener.onPageUpdated(edited);

        Revision afterEdit = app.documentControl().latestRevision(sop.id());
        assertThat(afterEdit.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(afterEdit.approvals()).singleElement().satisfies(a -> assertThat(a.invalidated()).isTrue());

        byte[] export = TestLedger.export(app.ledger());
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
        assertThat(TestLedger.text(export)).contains("\"name\":\"Bob Approver\"", "\"name\":\"Ada Administrator\"",
                "\"action\":\"document.signatures.invalidated\"");

        Path kek = sharedHome.resolve(HomeKeyEncryptionKey.RELATIVE_PATH);
        assertThat(kek).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kek))).isEqualTo("rw-------");
        verify(clusterLocks, atLeastOnce()).getLockForName(ClusterLedgerLock.LOCK_NAME);
        verify(clusterLocks, atLeastOnce()).getLockForName(ClusterDocumentLocks.LOCK_NAME_PREFIX + sop.id());
        verify(clusterLocks, atLeastOnce()).getLockForName(startsWith(AoNumberSequence.LOCK_NAME_PREFIX));
    }

    @ActiveObjectsTest
    void concurrentFirstCallsBuildOneGraph(ActiveObjects ao) throws Exception {
        ConfluenceApp app = app(ao);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<DocumentServices>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<DocumentServices> call = () -> {
                    start.await();
                    return app.documents();
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            Set<DocumentServices> seen = ConcurrentHashMap.newKeySet();
            for (Future<DocumentServices> call : calls) {
                seen.add(call.get(30, TimeUnit.SECONDS));
            }
            assertThat(seen).hasSize(1);
            DocumentServices services = seen.iterator().next();
            assertThat(app.documentControl()).isSameAs(services.control());
            assertThat(app.integrityCheck()).isSameAs(app.integrityCheck());
            assertThat(app.readerView()).isSameAs(services.reader());
            assertThat(app.signingAdministration().lockouts()).isSameAs(app.signing().lockouts());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void springScannerCanBuildTheAppProductServicesImportedAdaptersInjected() {
        assertThat(ConfluenceApp.class.isAnnotationPresent(Named.class)).isTrue();
        List<Constructor<?>> injected = Arrays.stream(ConfluenceApp.class.getConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class)).toList();
        assertThat(injected).hasSize(1);
        for (Parameter parameter : injected.get(0).getParameters()) {
            Class<?> type = parameter.getType();
            if (type.getName().startsWith("com.atlassian.")) {
                assertThat(parameter.isAnnotationPresent(ComponentImport.class))
                        .as("product service %s is a @ComponentImport", type.getName()).isTrue();
            } else {
                assertThat(type.isAnnotationPresent(Named.class))
                        .as("adapter %s is a scanned @Named component", type.getName()).isTrue();
                assertThat(parameter.isAnnotationPresent(ComponentImport.class)).isFalse();
            }
        }
    }

    private static SpaceSettings qmsSettings() {
        DocumentType sop = new DocumentType("SOP", "Standard operating procedure", DocumentNumberFormat.of("SOP-{0000}"),
                RevisionScheme.LETTERS, Period.ofMonths(24), false, "two-approvers");
        return new SpaceSettings("QMS", 0, ControlledScope.wholeSpace("QMS"), ReviewEditPolicy.RETURN_TO_DRAFT,
                "qms-controllers", List.of(sop),
                Map.of("two-approvers", ApprovalRule.of(ApprovalRule.group("approvers", 2))));
    }

    private void user(String key, String username, String fullName, String group) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        when(profile.getUsername()).thenReturn(username);
        when(profile.getFullName()).thenReturn(fullName);
        when(sal.getUserProfile(new UserKey(key))).thenReturn(profile);
        when(sal.isUserInGroup(new UserKey(key), group)).thenReturn(true);
    }

    /** Confluence pages stood in for with Mockito: each save is a new version; older versions get their own ids. */
    private static final class Pages {
        final PageManager pageManager = mock(PageManager.class);
        final AttachmentManager attachmentManager = mock(AttachmentManager.class);
        private final Map<Long, List<Page>> histories = new HashMap<>();
        private final Map<Long, Page> byContentId = new HashMap<>();
        private long nextHistoricalId = 900_000;
        private long time = 1_000_000L;

        Pages() {
            when(pageManager.getPage(anyLong())).thenAnswer(call -> byContentId.get((Long) call.getArgument(0)));
            when(pageManager.getPageByVersion(any(), anyInt())).thenAnswer(call -> {
                AbstractPage page = call.getArgument(0);
                int version = call.getArgument(1);
                List<Page> history = histories.get(page.getId());
                return history == null || version < 1 || version > history.size() ? null : history.get(version - 1);
            });
        }

        Page edit(String spaceKey, long pageId, String title, String body, String editorKey) {
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
            when(current.getAncestors()).thenReturn(List.of());
            when(current.getLastModifier()).thenReturn(editor);
            when(current.getLastModificationDate()).thenReturn(new Date(time += 60_000));
            when(current.getLatestVersion()).thenReturn(current);
            if (!history.isEmpty()) {
                Page previous = history.get(history.size() - 1);
                long historicalId = nextHistoricalId++;
                when(previous.getId()).thenReturn(historicalId);
                byContentId.put(historicalId, previous);
            }
            history.add(current);
            byContentId.put(pageId, current);
            return current;
        }
    }
}
