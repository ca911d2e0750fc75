package org.eqms.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.servlet.http.HttpServlet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A first start whose demo data failed half-way is not seeded again over the remains: --reset is the way out. */
class HalfSeededStartTest {
    @TempDir
    Path home;

    /** An app whose demo data fails while {@code failing} is set; counts how often it was written. */
    static final class DemoApp implements SandboxApp {
        static volatile boolean failing;
        static final AtomicInteger SEEDED = new AtomicInteger();

        DemoApp(SandboxPlatform platform) {
        }

        @Override
        public String name() {
            return "Demo";
        }

        @Override
        public String restBase() {
            return "/rest/demo/1.0";
        }

        @Override
        public List<Object> restResources() {
            return List.of();
        }

        @Override
        public Map<String, HttpServlet> servlets() {
            return Map.of();
        }

        @Override
        public void seedDemoData() {
            if (failing) {
                throw new IllegalStateException("demo data failed half-way");
            }
            SEEDED.incrementAndGet();
        }
    }

    @Test
    void aStartAfterAHalfWrittenFirstStartIsRefusedUntilReset() {
        SandboxOptions options = SandboxOptions.defaults().withPort(0).withHome(home);
        DemoApp.failing = true;
        assertThatThrownBy(() -> Sandbox.start(options.withReset(true), List.of(DemoApp::new)))
                .hasMessageContaining("half-way");
        DemoApp.failing = false;
        assertThatThrownBy(() -> Sandbox.start(options, List.of(DemoApp::new)))
                .hasMessageContaining("only partly written").hasMessageContaining("--reset");
        assertThat(DemoApp.SEEDED).hasValue(0);
        try (Sandbox reset = Sandbox.start(options.withReset(true), List.of(DemoApp::new))) {
            assertThat(reset.seededNow()).isTrue();
        }
        try (Sandbox again = Sandbox.start(options, List.of(DemoApp::new))) {
            assertThat(again.seededNow()).isFalse();
        }
        assertThat(DemoApp.SEEDED).hasValue(1);
    }
}
