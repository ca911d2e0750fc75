package org.eqms.confluence.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eqms.audit.InProcessLedgerLock;
import org.eqms.compliance.Clause;
import org.eqms.confluence.store.AoDocumentRepository;
import org.eqms.confluence.store.AoIntegrityAlerts;
import org.eqms.confluence.store.AoNumberSequence;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.document.Approval;
import org.eqms.document.ApprovalRule;
import org.eqms.document.ControlledDocument;
import org.eqms.document.ControlledScope;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentNumberFormat;
import org.eqms.document.DocumentState;
import org.eqms.document.DocumentType;
import org.eqms.document.InProcessDocumentLocks;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.Revision;
import org.eqms.document.RevisionScheme;
import org.eqms.document.SnapshotIntegrityCheck;
import org.eqms.document.SpaceConfiguration;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;
import org.junit.jupiter.api.Test;

/**
 * Confluence's page events into document control, with the real {@link DocumentControl}, the real ledger and the real
 * AO stores; only Confluence (PageManager, SAL, the event publisher) is stood in for, with Mockito.
 */
class PageEventListenerTest {
    private static final long PAGE = 4711;
    private static final long OTHER_PAGE = 4712;

    private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    private final MockConfluence confluence = new MockConfluence();
    private final TestSigningPorts people = TestSigningPorts.standard();
    private final UserManager sal = mock(UserManager.class);
    private final EventPublisher publisher = mock(EventPublisher.class);

    private ConfluencePageSource pages;
    private AoLedger ledger;
    private AoLedger.Signing signing;
    private AoDocumentRepository repository;
    private DocumentControl control;
    private PageEventListener listener;

    private void start(ActiveObjects ao) {
        ao.migrate(ConfluenceEntities.array());
        user("u-alice", "Alice Author", "authors");
        user("u-bob", "Bob Approver", "approvers");
        user("u-carol", "Carol Approver", "approvers");
        user("u-ann", "Ann Admin", "admins");
        pages = new ConfluencePageSource(confluence.pageManager, confluence.attachmentManager);
        ledger = TestLedger.on(ao, clock);
        signing = ledger.signing(people, people, pages, people, () -> SigningPolicy.DEFAULT, "eQMS");
        repository = new AoDocumentRepository(ao);
        control = new DocumentControl(repository, new QmsOnly(), pages,
                new AoNumberSequence(ao, new InProcessLedgerLock()), new SalGroupMembership(sal),
                (userKey, documentId) -> "u-ann".equals(userKey), new SalDocumentActors(sal), ledger.auditTrail(), ledger.transactions(),
                new InProcessDocumentLocks(), clock);
        SnapshotIntegrityCheck integrity = new SnapshotIntegrityCheck(pages, new AoIntegrityAlerts(ao),
                ledger.auditTrail(), ledger.transactions(), people, clock);
        listener = new PageEventListener(publisher, services(control, integrity));
    }

    @Test
    void theListenerRegistersWithTheEventPublisherAndUnregistersWhenClosed() {
        DocumentControl unused = mock(DocumentControl.class);
        PageEventListener registered = new PageEventListener(publisher, services(unused, mock(SnapshotIntegrityCheck.class)));
        verify(publisher).register(registered);

        registered.close();
        verify(publisher).unregister(registered);
    }

    @Test
    void everyHandlerIsAnEventListenerMethodWithOneEventParameter() {
        List<Method> handlers = Arrays.stream(PageEventListener.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class)).toList();

        assertThat(handlers).extracting(Method::getName)
                .containsExactlyInAnyOrder("onPageUpdated", "onPageTrashed", "onPageRemoved");
        assertThat(handlers).allSatisfy(m -> {
            assertThat(m.getParameterCount()).isEqualTo(1);
            assertThat(PageEvent.class).isAssignableFrom(m.getParameterTypes()[0]);
        });
    }

    @ActiveObjectsTest
    void anEditOfAnUncontrolledPageChangesNothing(ActiveObjects ao) {
        start(ao);
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        submitAndApproveOnce(sop);
        String before = TestLedger.text(TestLedger.export(ledger));

        Page other = confluence.edit("QMS", OTHER_PAGE, "Notes", "<p>draft</p>", "u-alice");
        listener.onPageUpdated(event(PageUpdateEvent.class, other));
        listener.onPageTrashed(event(PageTrashedEvent.class, other));
        listener.onPageRemoved(event(PageRemoveEvent.class, other));

        assertThat(TestLedger.text(TestLedger.export(ledger))).isEqualTo(before);
        assertThat(latest(sop).state()).isEqualTo(DocumentState.IN_REVIEW);
        assertThat(latest(sop).approvals()).noneSatisfy(a -> assertThat(a.invalidated()).isTrue());
        assertThat(control.documentOfPage(OTHER_PAGE)).isEmpty();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void anEditOfAControlledPageInReviewInvalidatesTheSignaturesCollectedSoFar(ActiveObjects ao) {
        start(ao);
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        submitAndApproveOnce(sop);

        Page edited = confluence.edit("QMS", PAGE, "SOP", "<p>v2, changed during review</p>", "u-carol");
        listener.onPageUpdated(event(PageUpdateEvent.class, edited));

        Revision revision = latest(sop);
        assertThat(revision.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(revision.approvals()).singleElement().satisfies(a -> assertThat(a.invalidated()).isTrue());
        String export = TestLedger.text(TestLedger.export(ledger));
        assertThat(export).contains("\"action\":\"document.signatures.invalidated\"", "\"userKey\":\"u-carol\"",
                "\"name\":\"Carol Approver\"");
        assertThat(TestLedger.verifyFile(TestLedger.export(ledger)).valid()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    void aPurgedEffectiveDocumentPageRaisesTheIntegrityAlertAtOnce(ActiveObjects ao) {
        start(ao);
        confluence.edit("QMS", PAGE, "SOP", "<p>A</p>", "u-alice");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        makeEffective(sop);
        Page page = confluence.pageManager.getPage(PAGE);

        listener.onPageTrashed(event(PageTrashedEvent.class, page));
        assertThat(people.alerts()).isEmpty();

        confluence.purge(PAGE);
        listener.onPageRemoved(event(PageRemoveEvent.class, page));

        assertThat(people.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(SnapshotIntegrityCheck.ALERT_KIND);
            assertThat(alert.message()).contains("no longer keeps page " + PAGE);
        });
        assertThat(TestLedger.text(TestLedger.export(ledger))).contains("\"action\":\"document.integrity.alert\"",
                "\"foundHash\":\"missing\"");
    }

    @Test
    void theServicesAreAskedForOnlyWhenAnEventArrives() {
        PageEventListener.Services services = mock(PageEventListener.Services.class);
        new PageEventListener(publisher, services);
        verifyNoInteractions(services);

        listener = new PageEventListener(publisher, services);
        listener.onPageUpdated(event(PageUpdateEvent.class, null));
        verifyNoInteractions(services);
    }

    private static PageEventListener.Services services(DocumentControl control, SnapshotIntegrityCheck integrity) {
        return new PageEventListener.Services() {
            @Override
            public DocumentControl documentControl() {
                return control;
            }

            @Override
            public SnapshotIntegrityCheck integrityCheck() {
                return integrity;
            }
        };
    }

    private void user(String key, String fullName, String group) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(fullName);
        when(sal.getUserProfile(new UserKey(key))).thenReturn(profile);
        when(sal.isUserInGroup(new UserKey(key), group)).thenReturn(true);
    }

    private static <E extends PageEvent> E event(Class<E> type, Page page) {
        E event = mock(type);
        when(event.getPage()).thenReturn(page);
        return event;
    }

    private void submitAndApproveOnce(ControlledDocument sop) {
        control.apply(sop.id(), new LifecycleCommand.Submit("u-alice", pages.current(PAGE).orElseThrow().contentHash()), null);
        approve(sop, "u-bob", "bob");
    }

    private void makeEffective(ControlledDocument sop) {
        submitAndApproveOnce(sop);
        approve(sop, "u-carol", "carol");
        control.apply(sop.id(), new LifecycleCommand.Approve("u-ann"), null);
        clock.advance(Duration.ofMinutes(1));
        if (latest(sop).state() != DocumentState.EFFECTIVE) {
            control.apply(sop.id(), new LifecycleCommand.MakeEffective("u-ann", null), null);
        }
        assertThat(latest(sop).state()).isEqualTo(DocumentState.EFFECTIVE);
    }

    private void approve(ControlledDocument sop, String userKey, String username) {
        SigningChallenge challenge = signing.signatures().challenge(userKey, "confluence.page", String.valueOf(PAGE), null);
        SignatureRecord signature = signing.signatures().sign(userKey, new SigningRequest(challenge.id(), "Approved",
                "reviewed", Credentials.password(username, username + "-pw"), "session-" + userKey + clock.instant(), null));
        clock.advance(Duration.ofSeconds(30));
        control.recordApproval(sop.id(), new Approval(signature.id(), userKey, signature.meaning(), "approvers",
                signature.time(), signature.contentHash(), false), null);
    }

    private Revision latest(ControlledDocument sop) {
        List<Revision> revisions = repository.revisions(sop.id());
        return revisions.get(revisions.size() - 1);
    }

    /** Space QMS under control as a whole; SOPs approved by two members of "approvers". */
    private static final class QmsOnly implements SpaceConfiguration {
        private static final DocumentType SOP = new DocumentType("SOP", "Standard operating procedure",
                DocumentNumberFormat.of("SOP-{0000}"), RevisionScheme.LETTERS, Period.ofMonths(24), false, "two");

        @Override
        public Optional<ControlledScope> scope(String spaceKey) {
            return "QMS".equals(spaceKey) ? Optional.of(ControlledScope.wholeSpace("QMS")) : Optional.empty();
        }

        @Override
        public Optional<DocumentType> type(String spaceKey, String typeKey) {
            return "QMS".equals(spaceKey) && "SOP".equals(typeKey) ? Optional.of(SOP) : Optional.empty();
        }

        @Override
        public Optional<ApprovalRule> approvalRule(String spaceKey, String ruleKey) {
            return "two".equals(ruleKey) ? Optional.of(ApprovalRule.of(ApprovalRule.group("approvers", 2)))
                    : Optional.empty();
        }

        @Override
        public ReviewEditPolicy reviewEditPolicy(String spaceKey) {
            return ReviewEditPolicy.RETURN_TO_DRAFT;
        }
    }
}
