package org.eqms.sandbox.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.compliance.Clause;
import org.eqms.confluence.wiring.ConfluenceJobs;
import org.eqms.document.ReviewReminders;
import org.eqms.rest.testing.TestRestHost.Reply;
import org.eqms.store.ao.testing.TestLedger;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.sandbox.confluence.HostedConfluence.DAVE;
import static org.eqms.sandbox.confluence.HostedConfluence.json;

/**
 * The hosted app's periodic jobs run on the sandbox's atlassian-scheduler: the product's {@link ConfluenceJobs}
 * schedules both jobs on it, and a run sends the periodic-review reminders of the demo's effective documents once
 * their reviews fall due (here: with the test's scheduler run by hand and the clock moved three years on).
 */
class ConfluenceJobsInSandboxTest {

    @Test
    @Clause("ISO13485-4.2.4")
    void theProductsJobsAreScheduledAndARunSendsTheDueReviewRemindersOnce() throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(TestPlatform.Database.HSQLDB)) {
            var scheduler = sandbox.platform.platform.scheduler();
            assertThat(scheduler.scheduledJobs()).extracting(Object::toString).containsExactlyInAnyOrder(
                    ConfluenceJobs.jobId(ConfluenceJobs.REVIEW_REMINDERS).toString(),
                    ConfluenceJobs.jobId(ConfluenceJobs.EFFECTIVE_DATES).toString());
            assertThat(reminders(sandbox)).isZero();

            sandbox.platform.clock.advance(Duration.ofDays(3 * 366));
            assertThat(scheduler.runAll()).isEqualTo(2);
            scheduler.runAll();

            Reply notices = sandbox.eqms.get("/me/notifications", DAVE);
            assertThat(notices.status()).as(notices.toString()).isEqualTo(200);
            String texts = json(notices).toString();
            assertThat(texts).contains("WI-0001").contains("PLAN-001");
            assertThat(reminders(sandbox)).as("each due review is announced once, however often the job runs")
                    .isEqualTo(2);
        }
    }

    private static long reminders(HostedConfluence sandbox) {
        String export = TestLedger.text(TestLedger.export(sandbox.app.app().ledger()));
        return export.lines().filter(line -> line.contains("\"action\":\"" + ReviewReminders.REMINDED + "\"")).count();
    }
}
