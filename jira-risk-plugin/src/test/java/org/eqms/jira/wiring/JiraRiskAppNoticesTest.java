package org.eqms.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.eqms.compliance.Clause;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.app.BaselineSigning;
import org.eqms.jira.store.JiraEntities;
import org.eqms.notice.Notice;
import org.eqms.rest.Caller;
import org.eqms.rest.testing.HeaderUserManager;
import org.eqms.signature.Credentials;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningPolicyStore;
import org.eqms.signature.SigningRefusal;
import org.eqms.signature.SigningRefusedException;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The Jira app's own wiring: its signing lockouts alert the administrators in the shared in-app notifications. */
class JiraRiskAppNoticesTest {
    private static final String EDDIE = "u-eddie";
    private static final String ROOT = "u-root";

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void aSigningLockoutInTheWiredAppIsAnAlertEveryJiraSystemAdministratorReads(ActiveObjects ao) {
        ao.migrate(JiraEntities.array());
        ClusterLockService clusterLocks = mock(ClusterLockService.class);
        when(clusterLocks.getLockForName(anyString())).thenReturn(mock(ClusterLock.class));
        HeaderUserManager users = new HeaderUserManager();
        users.user(EDDIE, "Eddie Editor", false);
        users.user(ROOT, "Rita Root", true);
        MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
        JiraRiskApp app = new JiraRiskApp(ao, clusterLocks, users, new FixedPolicy(), TestLedger.KEK, new EditorsOnly(),
                clock);

        String baseline = app.risk().trace().takeBaseline("INF", "Release 1.0", EDDIE, null).id();
        BaselineSigning signing = app.risk().baselineSigning();
        String challenge = signing.challenge(EDDIE, "session-1", "INF", baseline).challenge().id();
        List<SigningRefusal> refusals = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            refusals.add(catchThrowableOfType(() -> signing.sign(EDDIE, "INF", baseline, new SigningRequest(challenge,
                    "Approved", "reviewed", Credentials.password("eddie", "wrong"), "session-1", null)),
                    SigningRefusedException.class).refusal());
        }

        assertThat(refusals).containsExactly(SigningRefusal.WRONG_CREDENTIALS, SigningRefusal.WRONG_CREDENTIALS,
                SigningRefusal.WRONG_CREDENTIALS, SigningRefusal.WRONG_CREDENTIALS, SigningRefusal.LOCKED);
        assertThat(app.notices().callers().isSystemAdmin(new Caller(ROOT, null, null))).isTrue();
        List<Notice> roots = app.notices().notices().forUser(ROOT, true, 10);
        assertThat(roots).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Notice.ADMINISTRATORS);
            assertThat(notice.kind()).isEqualTo("esign.lockout");
            assertThat(notice.message()).contains("Eddie Editor", EDDIE);
        });
        assertThat(app.notices().callers().isSystemAdmin(new Caller(EDDIE, null, null))).isFalse();
        assertThat(app.notices().notices().forUser(EDDIE, false, 10)).isEmpty();
    }

    private static final class FixedPolicy implements SigningPolicyStore {
        @Override
        public SigningPolicy load() {
            return SigningPolicy.DEFAULT;
        }

        @Override
        public void save(SigningPolicy changed) {
            throw new UnsupportedOperationException("not changed in this test");
        }
    }

    private static final class EditorsOnly implements ProjectAccess {
        @Override
        public boolean canBrowse(String userKey, String projectKey) {
            return EDDIE.equals(userKey);
        }

        @Override
        public boolean canEdit(String userKey, String projectKey) {
            return EDDIE.equals(userKey);
        }

        @Override
        public boolean canAdminister(String userKey, String projectKey) {
            return false;
        }
    }
}
