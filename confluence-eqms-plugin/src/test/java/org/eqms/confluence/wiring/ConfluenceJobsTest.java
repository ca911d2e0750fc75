package org.eqms.confluence.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.BodyContent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.sal.HomeKeyEncryptionKey;
import org.eqms.confluence.product.ConfluenceContentPermissions;
import org.eqms.confluence.product.ConfluencePageSource;
import org.eqms.confluence.product.SalDocumentActors;
import org.eqms.confluence.product.SalGroupMembership;
import org.eqms.confluence.rest.AppServices;
import org.eqms.confluence.rest.DocumentServices;
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
import org.eqms.document.RevisionScheme;
import org.eqms.document.SigningPurpose;
import org.eqms.document.SpaceSettings;
import org.eqms.signature.AdminAlert;
import org.eqms.signature.Credentials;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

/**
 * {@link ConfluenceJobs} on atlassian-scheduler: the runners registered and the jobs scheduled hourly, once per
 * cluster, under stable keys; unregistered when the plugin stops; each run doing the real job on a real
 * {@link ConfluenceApp} over Active Objects; a failing run answered {@code failed}, never thrown. Mockito stands in only
 * for the Atlassian services (the scheduler, SAL, Beehive, Confluence's managers) and the scheduler's response factory.
 */
class ConfluenceJobsTest {
    private static final Instant START = Instant.parse("2026-11-23T08:00:00.000Z");
    private static final long PAGE = 4711;
    private static final String ADMIN = "u-admin";
    private static final String ALICE = "u-alice";
    private static final String BOB = "u-bob";
    private static final String DAVE = "u-dave";

    @TempDir
    Path sharedHome;

    private final MutableClock clock = new MutableClock(START);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);
    private final AppServices untouchable = () -> {
        throw new AssertionError("the app is asked for only when a job runs");
    };

    @Test
    void bothRunnersAreRegisteredAndBothJobsScheduledHourlyOncePerClusterAFewMinutesAfterStart() throws Exception {
        new ConfluenceJobs(scheduler, untouchable, clock);

        verify(scheduler).registerJobRunner(eq(ConfluenceJobs.REVIEW_REMINDERS), any(JobRunner.class));
        verify(scheduler).registerJobRunner(eq(ConfluenceJobs.EFFECTIVE_DATES), any(JobRunner.class));
        ArgumentCaptor<JobId> ids = ArgumentCaptor.forClass(JobId.class);
        ArgumentCaptor<JobConfig> configs = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler, times(2)).scheduleJob(ids.capture(), configs.capture());

        assertThat(ids.getAllValues()).extracting(JobId::toString).containsExactly(
                "org.eqms.confluence-eqms-plugin:review-reminders",
                "org.eqms.confluence-eqms-plugin:scheduled-effective-dates");
        Date firstRun = Date.from(START.plus(Duration.ofMinutes(5)));
        assertThat(configs.getAllValues()).extracting(JobConfig::getJobRunnerKey)
                .containsExactly(ConfluenceJobs.REVIEW_REMINDERS, ConfluenceJobs.EFFECTIVE_DATES);
        assertThat(configs.getAllValues()).allSatisfy(config -> {
            assertThat(config.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
            assertThat(config.getSchedule()).isEqualTo(Schedule.forInterval(3_600_000L, firstRun));
        });
        assertThat(configs.getAllValues().get(0)).isEqualTo(JobConfig.forJobRunnerKey(ConfluenceJobs.REVIEW_REMINDERS)
                .withSchedule(Schedule.forInterval(Duration.ofHours(1).toMillis(), firstRun))
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(ConfluenceJobs.REMINDER_WINDOW).isEqualTo(Period.ofDays(30));
        verifyNoMoreInteractions(scheduler);
    }

    @Test
    void theRunnersAreUnregisteredWhenThePluginStopsAndTheClusterSchedulesStay() throws Exception {
        ConfluenceJobs jobs = new ConfluenceJobs(scheduler, untouchable, clock);
        verify(scheduler, times(2)).registerJobRunner(any(), any());
        verify(scheduler, times(2)).scheduleJob(any(), any());

        jobs.close();

        verify(scheduler).unregisterJobRunner(ConfluenceJobs.REVIEW_REMINDERS);
        verify(scheduler).unregisterJobRunner(ConfluenceJobs.EFFECTIVE_DATES);
        verifyNoMoreInteractions(scheduler);
    }

    @Test
    void aJobTheSchedulerRefusesDoesNotStopThePluginNorTheOtherJob() throws Exception {
        doThrow(SchedulerServiceException.class).when(scheduler)
                .scheduleJob(eq(ConfluenceJobs.jobId(ConfluenceJobs.REVIEW_REMINDERS)), any());

        assertThatCode(() -> new ConfluenceJobs(scheduler, untouchable, clock)).doesNotThrowAnyException();

        verify(scheduler).registerJobRunner(eq(ConfluenceJobs.REVIEW_REMINDERS), any());
        verify(scheduler).registerJobRunner(eq(ConfluenceJobs.EFFECTIVE_DATES), any());
        verify(scheduler).scheduleJob(eq(ConfluenceJobs.jobId(ConfluenceJobs.EFFECTIVE_DATES)), any());
    }

    @Test
    void aRunWhoseWorkThrowsAnswersFailedAndThrowsNothing() {
        AppServices broken = () -> {
            throw new IllegalStateException("Active Objects is not ready");
        };
        ConfluenceJobs jobs = new ConfluenceJobs(scheduler, broken, clock);

        for (ConfluenceJobs.Job job : jobs.jobs()) {
            ConfluenceJobs.Outcome outcome = job.attempt();
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.message()).contains("failed", "Active Objects is not ready");

            try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
                assertThatCode(() -> job.runJob(request)).doesNotThrowAnyException();
                responses.verify(() -> JobRunnerResponse.failed(anyString()));
                responses.verify(() -> JobRunnerResponse.success(anyString()), never());
            }
        }
    }

    @Test
    void aRunWhoseGraphCannotEvenBeLinkedAnswersFailed() {
        AppServices unlinkable = () -> {
            throw new NoClassDefFoundError("org/eqms/Gone (plugin being disabled)");
        };
        ConfluenceJobs jobs = new ConfluenceJobs(scheduler, unlinkable, clock);

        assertThat(jobs.jobs()).allSatisfy(job -> assertThat(job.attempt().succeeded()).isFalse());
    }

    @Test
    void springScannerBuildsItWithTheSchedulerImportedAndTheAppInjected() {
        assertThat(ConfluenceJobs.class.isAnnotationPresent(Named.class)).isTrue();
        assertThat(AutoCloseable.class).isAssignableFrom(ConfluenceJobs.class);
        List<Constructor<?>> injected = Arrays.stream(ConfluenceJobs.class.getConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class)).toList();
        assertThat(injected).hasSize(1);
        Parameter[] parameters = injected.get(0).getParameters();
        assertThat(parameters).extracting(Parameter::getType).containsExactly(SchedulerService.class, AppServices.class);
        assertThat(parameters[0].isAnnotationPresent(ComponentImport.class)).isTrue();
        assertThat(parameters[1].isAnnotationPresent(ComponentImport.class)).isFalse();
        assertThat(AppServices.class).isAssignableFrom(ConfluenceApp.class);
    }

    @ActiveObjectsTest
    void theScheduledRunsDoTheRealJobsOnTheWiredApp(ActiveObjects ao) {
        List<String> notifications = new ArrayList<>();
        ConfluenceApp app = app(ao, (userKey, kind, message) -> notifications.add(userKey + " " + kind + " " + message));
        DocumentServices services = app.documents();
        services.spaces().save(ADMIN, qmsSettings(), "initial configuration", null);
        confluence.edit("QMS", PAGE, "Cleaning procedure", "<p>v1</p>", ALICE);
        ControlledDocument sop = services.control().place(ALICE, PAGE, "SOP", null);
        services.control().apply(sop.id(),
                new LifecycleCommand.Submit(ALICE, services.pages().current(PAGE).orElseThrow().contentHash()), null);
        DocumentSigningChallenge challenge = services.signing().challenge(BOB, "session-bob", sop.id(),
                SigningPurpose.APPROVAL);
        services.signing().sign(BOB, sop.id(), SigningPurpose.APPROVAL, new SigningRequest(challenge.challenge().id(),
                "Approved", "reviewed", Credentials.password("bob", "bob-pw"), "session-bob", null));
        assertThat(state(app, sop)).as("the one approval the rule asks for").isEqualTo(DocumentState.APPROVED);
        Instant effectiveAt = START.plus(Duration.ofDays(1));
        services.control().apply(sop.id(), new LifecycleCommand.MakeEffective(DAVE, effectiveAt), null);

        new ConfluenceJobs(scheduler, app, clock);
        JobRunner effectiveDates = runner(ConfluenceJobs.EFFECTIVE_DATES);
        JobRunner reminders = runner(ConfluenceJobs.REVIEW_REMINDERS);

        effectiveDates.runJob(request);
        assertThat(state(app, sop)).as("not due yet").isEqualTo(DocumentState.APPROVED);
        clock.advance(Duration.ofDays(2));
        effectiveDates.runJob(request);
        assertThat(state(app, sop)).isEqualTo(DocumentState.EFFECTIVE);
        assertThat(app.documentControl().latestRevision(sop.id()).effectiveAt()).isEqualTo(effectiveAt);

        // The review falls due 24 months after the effective date; the reminder window is 30 days.
        LocalDate due = LocalDate.ofInstant(effectiveAt, ZoneOffset.UTC).plusMonths(24);
        clock.advance(Duration.between(clock.instant(), due.minusDays(40).atStartOfDay(ZoneOffset.UTC).toInstant()));
        reminders.runJob(request);
        assertThat(notifications).as("due in 40 days: outside the window").isEmpty();

        clock.advance(Duration.ofDays(20));
        reminders.runJob(request);
        reminders.runJob(request);
        assertThat(notifications).singleElement().asString()
                .startsWith(ALICE + " review.due-soon SOP-0001 revision")
                .contains(due.toString());
    }

    private static DocumentState state(ConfluenceApp app, ControlledDocument document) {
        return app.documentControl().latestRevision(document.id()).state();
    }

    private JobRunner runner(JobRunnerKey key) {
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(scheduler, atLeastOnce()).registerJobRunner(eq(key), runner.capture());
        return runner.getValue();
    }

    // --- a real ConfluenceApp on the test database, as ConfluenceAppTest builds it (with a clock of the test's) ---

    private final ClusterLockService clusterLocks = mock(ClusterLockService.class);
    private final UserManager sal = mock(UserManager.class);
    private final PluginSettingsFactory pluginSettings = mock(PluginSettingsFactory.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final Pages confluence = new Pages();

    private ConfluenceApp app(ActiveObjects ao, org.eqms.notice.UserNotifier userNotifier) {
        when(clusterLocks.getLockForName(anyString())).thenReturn(mock(ClusterLock.class));
        when(pluginSettings.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
        when(applicationProperties.getSharedHomeDirectory()).thenReturn(Optional.of(sharedHome));
        when(applicationProperties.getLocalHomeDirectory()).thenReturn(Optional.of(sharedHome));
        user(ADMIN, "admin", "Ada Administrator", "confluence-administrators");
        user(ALICE, "alice", "Alice Author", "authors");
        user(BOB, "bob", "Bob Approver", "approvers");
        user(DAVE, "dave", "Dave Controller", "qms-controllers");
        when(sal.authenticate("bob", "bob-pw")).thenReturn(true);
        ao.migrate(ConfluenceEntities.array());
        List<AdminAlert> alerts = new ArrayList<>();
        return new ConfluenceApp(ao, clusterLocks, sal, pluginSettings, new ConfluenceGroupRoster(userAccessor),
                new HomeKeyEncryptionKey(applicationProperties, new SecureRandom()),
                new ConfluencePageSource(confluence.pageManager, confluence.attachmentManager),
                new ConfluenceContentPermissions(mock(PermissionManager.class), userAccessor, confluence.pageManager,
                        mock(SpaceManager.class)),
                new SalGroupMembership(sal), new SalDocumentActors(sal), clock, alerts::add, userNotifier);
    }

    private static SpaceSettings qmsSettings() {
        DocumentType sop = new DocumentType("SOP", "Standard operating procedure", DocumentNumberFormat.of("SOP-{0000}"),
                RevisionScheme.LETTERS, Period.ofMonths(24), false, "one-approver");
        return new SpaceSettings("QMS", 0, ControlledScope.wholeSpace("QMS"), ReviewEditPolicy.RETURN_TO_DRAFT,
                "qms-controllers", List.of(sop), Map.of("one-approver", ApprovalRule.of(ApprovalRule.group("approvers", 1))));
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
            BodyContent content = mock(BodyContent.class);
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
