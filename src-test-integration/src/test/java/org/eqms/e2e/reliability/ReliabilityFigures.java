package org.eqms.e2e.reliability;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.e2e.support.Rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The run's figures as JSON ({@code reliability.json}): what docs/reliability.md is refreshed from. */
final class ReliabilityFigures {
    private final ObjectNode root = Rest.JSON.createObjectNode();

    ReliabilityFigures(LoadSettings settings, String database) {
        root.put("date", Instant.now().toString());
        ObjectNode machine = root.putObject("machine");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMiB", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        noteLoadAverage("atStart");
        root.put("database", database);
        root.put("users", settings.users());
        root.put("seconds", settings.seconds());
        root.put("thinkMillis", settings.thinkMillis());
        root.put("killAfterSeconds", settings.killAfterSeconds());
    }

    /** Notes the 1-minute system load average: the machine may be shared, and the latencies depend on it. */
    void noteLoadAverage(String when) {
        root.with("machine").put("loadAverage" + Character.toUpperCase(when.charAt(0)) + when.substring(1),
                Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10) / 10.0);
    }

    void load(String name, LoadStats stats, double seconds) {
        ObjectNode load = root.putObject(name);
        load.put("seconds", Math.round(seconds * 10) / 10.0);
        load.put("requests", stats.requests());
        load.put("successes", stats.successes());
        load.put("successRate", Math.round(stats.successRate() * 100_000) / 1000.0);
        load.put("serverErrors", stats.serverErrors());
        load.put("transportErrors", stats.transportErrors());
        load.put("requestsPerSecond", Math.round(stats.requests() / seconds * 10) / 10.0);
        ObjectNode kinds = load.putObject("byKind");
        stats.byKind().forEach((kind, figures) -> kinds.set(kind, Rest.JSON.valueToTree(figures)));
        stats.firstFailures().forEach(load.putArray("firstFailures")::add);
    }

    /**
     * The per-operation table of one load section as Markdown (requests, failures, p50/p95/p99/max in ms), to paste
     * into docs/reliability.md.
     */
    String markdownTable(String name) {
        StringBuilder table = new StringBuilder("| operation | requests | failures | 5xx | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        root.path(name).path("byKind").fields().forEachRemaining(kind -> {
            com.fasterxml.jackson.databind.JsonNode f = kind.getValue();
            table.append("| ").append(kind.getKey()).append(" | ").append(f.path("requests").asLong()).append(" | ")
                    .append(f.path("requests").asLong() - f.path("successes").asLong()).append(" | ")
                    .append(f.path("serverErrors").asLong());
            for (String column : new String[] {"p50", "p95", "p99", "max"}) {
                table.append(" | ").append(Math.round(f.path(column).asDouble()));
            }
            table.append(" |\n");
        });
        return table.toString();
    }

    ObjectNode section(String name) {
        return root.with(name);
    }

    void counts(String section, String name, Map<String, Long> counts) {
        ObjectNode node = section(section).putObject(name);
        counts.forEach(node::put);
    }

    /** Writes the figures to {@code file} and returns them as text. */
    String write(Path file) {
        try {
            String text = Rest.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
