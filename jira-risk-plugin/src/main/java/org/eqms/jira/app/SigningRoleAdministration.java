package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.jira.access.SigningDuty;
import org.eqms.jira.access.SigningRoles;
import org.eqms.jira.access.SigningRolesStore;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A project's signing roles as its administrators name them: saved over the revision they read, in one transaction
 * with an audit entry holding the old and the new roles; user keys of nobody are refused before anything is written.
 */
public final class SigningRoleAdministration {
    public static final String OBJECT_TYPE = "eqms.signing-roles";
    public static final String SAVED = "risk.signing-roles.saved";

    private final SigningRolesStore store;
    private final Predicate<String> knownUser;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;

    public SigningRoleAdministration(SigningRolesStore store, Predicate<String> knownUser, AuditTrail audit,
                                     Transactions transactions, Function<String, Actor> actors) {
        this.store = Objects.requireNonNull(store, "store");
        this.knownUser = Objects.requireNonNull(knownUser, "knownUser");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    public SigningRoles current(String projectKey) {
        return store.current(projectKey);
    }

    /** The user keys named in {@code signers} that name nobody, sorted. */
    public List<String> unknownUsers(Map<SigningDuty, List<String>> signers) {
        TreeSet<String> unknown = new TreeSet<>();
        signers.values().forEach(keys -> keys.stream().filter(k -> !knownUser.test(k)).forEach(unknown::add));
        return List.copyOf(unknown);
    }

    /** Saves the roles as the revision after {@code expectedRevision}; the caller has checked the user keys. */
    public SigningRoles save(String projectKey, Map<SigningDuty, List<String>> signers, int expectedRevision,
                             String actorKey, String clientIp) {
        SigningRoles saved = transactions.inTransaction(() -> {
            SigningRoles before = store.current(projectKey);
            SigningRoles next = store.save(new SigningRoles(projectKey, expectedRevision, signers), expectedRevision);
            audit.record(actors.apply(actorKey), SAVED, new AuditedObject(OBJECT_TYPE, projectKey, next.revision()),
                    AuditData.empty().change("signers", before.revision() == 0 ? null : text(before), text(next))
                            .clientIp(clientIp));
            return next;
        });
        audit.flush();
        return saved;
    }

    private static String text(SigningRoles roles) {
        StringBuilder text = new StringBuilder();
        roles.signers().forEach((duty, keys) -> {
            if (!keys.isEmpty()) {
                text.append(text.length() == 0 ? "" : "; ").append(duty.name()).append(": ")
                        .append(String.join(", ", keys));
            }
        });
        return text.toString();
    }
}
