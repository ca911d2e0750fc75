package org.eqms.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The version history of a project's risk management plan (ISO 14971 §4.4: the plan is maintained under document
 * control; ISO 13485 §4.2.4). Versions are numbered 1, 2, 3… without gaps. At most one version is
 * {@link PlanStatus#APPROVED} (the one in force) and every earlier one is {@link PlanStatus#SUPERSEDED}; at most one
 * {@link PlanStatus#DRAFT} exists, and it is the latest. Approving the draft needs the signature binding made over its
 * exact content; the approved version before it becomes superseded. Immutable: each step returns a new history.
 */
public record PlanVersions(String projectKey, List<RiskManagementPlan> versions) {

    public PlanVersions {
        Require.text(projectKey, "The project of the plan history", "Name the project.");
        versions = Require.list(versions);
        boolean approvedSeen = false;
        for (int i = versions.size() - 1; i >= 0; i--) {
            RiskManagementPlan v = versions.get(i);
            if (!v.projectKey().equals(projectKey) || v.version() != i + 1) {
                throw inconsistent("version " + v.version() + " of " + v.projectKey() + " is at position " + (i + 1));
            }
            if (v.status() == PlanStatus.DRAFT && i != versions.size() - 1) {
                throw inconsistent("draft version " + v.version() + " is not the latest");
            }
            if (v.status() == PlanStatus.APPROVED && approvedSeen) {
                throw inconsistent("more than one version is approved");
            }
            if (v.status() == PlanStatus.APPROVED) {
                approvedSeen = true;
            } else if (v.status() == PlanStatus.SUPERSEDED && !approvedSeen) {
                throw inconsistent("superseded version " + v.version() + " has no approved successor");
            }
        }
    }

    private static RiskRefusedException inconsistent(String what) {
        return new RiskRefusedException(RiskRefusal.INCONSISTENT_PLAN_HISTORY,
                "The plan history is inconsistent: " + what + ".",
                "Repair the stored plan versions; approved versions must never be edited.");
    }

    /** A project with no plan yet. */
    public static PlanVersions empty(String projectKey) {
        return new PlanVersions(projectKey, List.of());
    }

    /** The approved version in force. */
    public Optional<RiskManagementPlan> effective() {
        return versions.stream().filter(v -> v.status() == PlanStatus.APPROVED).findFirst();
    }

    /** The draft of the next version. */
    public Optional<RiskManagementPlan> draft() {
        return versions.isEmpty() || versions.get(versions.size() - 1).status() != PlanStatus.DRAFT
                ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * A draft started: version 1 from the content given when there is no version yet; otherwise version n+1 as a copy
     * of the approved version's content (the {@code first} argument is then ignored and may be {@code null}).
     *
     * @throws RiskRefusedException if a draft exists already
     */
    public PlanVersions startDraft(RiskManagementPlan first) {
        if (draft().isPresent()) {
            throw new RiskRefusedException(RiskRefusal.DRAFT_EXISTS, "Version " + draft().get().version()
                    + " of the risk management plan of " + projectKey + " is already in draft.",
                    "Edit that draft, or approve it first.");
        }
        RiskManagementPlan next;
        if (versions.isEmpty()) {
            Require.present(first, "The content of the first plan version", "Write the first version of the plan.");
            next = first.asDraftVersion(1);
            if (!next.projectKey().equals(projectKey)) {
                throw inconsistent("the first version belongs to project " + next.projectKey());
            }
        } else {
            next = versions.get(versions.size() - 1).asDraftVersion(versions.size() + 1);
        }
        List<RiskManagementPlan> all = new ArrayList<>(versions);
        all.add(next);
        return new PlanVersions(projectKey, all);
    }

    /**
     * The draft edited (with the plan's own {@code with…} methods).
     *
     * @throws RiskRefusedException if there is no draft, or the edit changed its project, version or status
     */
    public PlanVersions reviseDraft(UnaryOperator<RiskManagementPlan> edit) {
        RiskManagementPlan draft = requireDraft("edit");
        RiskManagementPlan edited = edit.apply(draft);
        if (edited == null || !edited.projectKey().equals(projectKey) || edited.version() != draft.version()
                || edited.status() != PlanStatus.DRAFT) {
            throw inconsistent("an edit changed the draft's project, version or status");
        }
        List<RiskManagementPlan> all = new ArrayList<>(versions);
        all.set(all.size() - 1, edited);
        return new PlanVersions(projectKey, all);
    }

    /**
     * The draft approved with the signatures made over its content; the version in force before it is superseded.
     *
     * @throws RiskRefusedException if there is no draft, or the signatures were made over other content
     */
    public PlanVersions approveDraft(SignatureBinding binding) {
        RiskManagementPlan draft = requireDraft("approve");
        Require.present(binding, "The approval signatures", "Sign the draft first.");
        String hash = draft.contentHash();
        if (!hash.equals(binding.contentHash())) {
            throw new RiskRefusedException(RiskRefusal.CONTENT_HASH_MISMATCH, "The signatures were made over content "
                    + binding.contentHash() + ", but draft version " + draft.version() + " now has content " + hash
                    + ".", "Reload the draft and sign its current content.");
        }
        List<RiskManagementPlan> all = new ArrayList<>(versions);
        all.replaceAll(v -> v.status() == PlanStatus.APPROVED ? v.superseded() : v);
        all.set(all.size() - 1, draft.approved(binding));
        return new PlanVersions(projectKey, all);
    }

    private RiskManagementPlan requireDraft(String action) {
        return draft().orElseThrow(() -> new RiskRefusedException(RiskRefusal.NO_DRAFT, "There is no draft of the "
                + "risk management plan of " + projectKey + " to " + action + ".",
                "Start a new version of the plan first."));
    }
}
