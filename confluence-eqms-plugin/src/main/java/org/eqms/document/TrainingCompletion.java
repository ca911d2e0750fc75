package org.eqms.document;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who has and who has not acknowledged ("Read and understood") a given revision. Only acknowledgements of this very
 * revision count, signed with the training meaning, at or after it became effective, by someone in the audience;
 * acknowledgements of older revisions do not carry over.
 */
public final class TrainingCompletion {

    private final Revision revision;
    private final Set<String> trainees;
    private final Map<String, TrainingAcknowledgement> acknowledged;

    private TrainingCompletion(Revision revision, Set<String> trainees,
                               Map<String, TrainingAcknowledgement> acknowledged) {
        this.revision = revision;
        this.trainees = trainees;
        this.acknowledged = acknowledged;
    }

    /** The completion of {@code revision} for the audience, from the acknowledgements collected (of any revision). */
    public static TrainingCompletion of(Revision revision, TrainingAudience audience, GroupRoster roster,
                                        Collection<TrainingAcknowledgement> acknowledgements) {
        Objects.requireNonNull(revision, "revision");
        Set<String> trainees = Collections.unmodifiableSet(new TreeSet<>(audience.trainees(roster)));
        Map<String, TrainingAcknowledgement> firstByUser = new TreeMap<>();
        acknowledgements.stream()
                .filter(a -> counts(a, revision) && trainees.contains(a.userKey()))
                .sorted(Comparator.comparing(TrainingAcknowledgement::time)
                        .thenComparing(TrainingAcknowledgement::signatureId))
                .forEach(a -> firstByUser.putIfAbsent(a.userKey(), a));
        return new TrainingCompletion(revision, trainees, Collections.unmodifiableMap(firstByUser));
    }

    private static boolean counts(TrainingAcknowledgement a, Revision revision) {
        return a.acknowledges(revision) && revision.effectiveAt() != null
                && !a.time().isBefore(revision.effectiveAt());
    }

    /** Everyone who must acknowledge, sorted. */
    public Set<String> required() {
        return trainees;
    }

    /** Who has acknowledged this revision, sorted, with their (first) acknowledgement. */
    public Map<String, TrainingAcknowledgement> acknowledged() {
        return acknowledged;
    }

    /** Who has not yet acknowledged this revision, sorted. */
    public Set<String> pending() {
        return trainees.stream().filter(u -> !acknowledged.containsKey(u))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether everyone in the audience has acknowledged. */
    public boolean isComplete() {
        return acknowledged.size() == trainees.size();
    }

    /**
     * Why the user may not acknowledge this revision now, or empty if they may: only the Effective revision is
     * acknowledged, by someone in the audience, once.
     */
    public Optional<String> refusalFor(String userKey) {
        if (revision.state() != DocumentState.EFFECTIVE) {
            return Optional.of("Revision " + revision.label() + " is " + DocumentLifecycle.display(revision.state())
                    + "; only the effective revision is acknowledged.");
        }
        if (!trainees.contains(userKey)) {
            return Optional.of("User '" + userKey + "' is not among the required readers of this document.");
        }
        if (acknowledged.containsKey(userKey)) {
            return Optional.of("User '" + userKey + "' has already acknowledged revision " + revision.label() + ".");
        }
        return Optional.empty();
    }

}
