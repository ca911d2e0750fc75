package org.eqms.e2e.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a load run saw, per operation kind: requests, successes (a documented status), 5xx, transport errors, other
 * undocumented statuses, latencies; and the first failures in full, so a report can say what went wrong.
 */
final class LoadStats {
    private static final int KEPT_FAILURES = 50;

    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong failureCount = new AtomicLong();

    void record(String kind, long nanos, SessionClient.Answer answer, boolean documented) {
        operations.computeIfAbsent(kind, k -> new Operation()).add(nanos, answer.status(), documented);
        if (!documented) {
            failureCount.incrementAndGet();
            if (failures.size() < KEPT_FAILURES) {
                failures.add(kind + ": " + answer);
            }
        }
    }

    long requests() {
        return operations.values().stream().mapToLong(Operation::requests).sum();
    }

    long successes() {
        return operations.values().stream().mapToLong(Operation::successes).sum();
    }

    long serverErrors() {
        return operations.values().stream().mapToLong(Operation::serverErrors).sum();
    }

    long transportErrors() {
        return operations.values().stream().mapToLong(Operation::transportErrors).sum();
    }

    /** Successes over requests (1 when there were none). */
    double successRate() {
        long requests = requests();
        return requests == 0 ? 1 : (double) successes() / requests;
    }

    List<String> firstFailures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** The figures per kind, in name order. */
    Map<String, Figures> byKind() {
        Map<String, Figures> figures = new TreeMap<>();
        operations.forEach((kind, operation) -> figures.put(kind, operation.figures()));
        return figures;
    }

    /** One kind's counts and latency percentiles (nearest rank) in milliseconds. */
    record Figures(long requests, long successes, long serverErrors, long transportErrors, long otherFailures,
                   double p50, double p95, double p99, double max) {
    }

    private static final class Operation {
        private final List<Long> nanos = new ArrayList<>();
        private long requests;
        private long successes;
        private long serverErrors;
        private long transportErrors;

        synchronized void add(long latency, int status, boolean documented) {
            nanos.add(latency);
            requests++;
            if (documented) {
                successes++;
            } else if (status == 0) {
                transportErrors++;
            } else if (status >= 500) {
                serverErrors++;
            }
        }

        synchronized long requests() {
            return requests;
        }

        synchronized long successes() {
            return successes;
        }

        synchronized long serverErrors() {
            return serverErrors;
        }

        synchronized long transportErrors() {
            return transportErrors;
        }

        synchronized Figures figures() {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Figures(requests, successes, serverErrors, transportErrors,
                    requests - successes - serverErrors - transportErrors, millis(sorted, 50), millis(sorted, 95),
                    millis(sorted, 99), sorted.isEmpty() ? 0 : round(sorted.get(sorted.size() - 1)));
        }

        private static double millis(List<Long> sorted, int percentile) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
            return round(sorted.get(Math.max(0, rank - 1)));
        }

        private static double round(long nanos) {
            return Math.round(nanos / 100_000.0) / 10.0;
        }
    }
}
