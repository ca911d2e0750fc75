package org.eqms.sandbox.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.document.PageVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's page store on a real database: concurrent edits of one page never give two versions the same number
 * nor lose one silently (each edit is saved as the next version or refused with 409), and the history stays
 * gap-free.
 */
class SandboxPagesTest {

    static List<TestPlatform.Database> databases() {
        return TestPlatform.available();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentEditsAreEachSavedAsTheNextVersionOrRefused(TestPlatform.Database database) throws Exception {
        try (TestPlatform platform = new TestPlatform(database)) {
            ActiveObjects ao = platform.platform.activeObjects().forNamespace(SandboxConfluenceEntities.NAMESPACE);
            ao.migrate(SandboxConfluenceEntities.array());
            SandboxPages pages = new SandboxPages(ao, platform.clock);
            pages.ensureSpace("QMS", "Quality Management System");
            long pageId = pages.create("QMS", "Procedure", "<p>v1</p>", "key-alice").pageId();
            int editors = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            List<Future<Integer>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < editors; i++) {
                    String body = "<p>edit " + i + "</p>";
                    Callable<Integer> edit = () -> {
                        start.await();
                        try {
                            return pages.update(pageId, null, "Procedure", body, "key-alice").version();
                        } catch (SandboxPageException refused) {
                            return -refused.status();
                        }
                    };
                    outcomes.add(pool.submit(edit));
                }
                start.countDown();
                List<Integer> results = new ArrayList<>();
                for (Future<Integer> outcome : outcomes) {
                    results.add(outcome.get());
                }

                List<Integer> saved = results.stream().filter(result -> result > 0).sorted().toList();
                assertThat(results).allMatch(result -> result > 0 || result == -409);
                assertThat(saved).isNotEmpty().doesNotHaveDuplicates();
                assertThat(pages.history(pageId)).extracting(PageHistoryEntry::version)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, saved.size() + 1).boxed().toList());
                PageVersion current = pages.current(pageId).orElseThrow();
                assertThat(current.version()).isEqualTo(saved.size() + 1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
