package org.eqms.e2e.reliability;

import org.eqms.e2e.support.Rest;

import java.util.Optional;
import java.util.Set;

/**
 * An approver (bob or carol): takes the next submitted document from their review list, reads it, asks for a signing
 * challenge and signs it Approved with their user id and their correct password (the two components of 21 CFR
 * 11.200(a)); with nothing to review, browses as a reader does.
 */
final class Approver extends SimulatedUser {
    private static final Set<Integer> OK = Set.of(200);

    Approver(LoadContext context, String user) {
        super(context, user);
    }

    @Override
    protected void act() {
        Optional<String> next = context.reviews().next(user);
        if (next.isEmpty()) {
            Browsing.browse(context, session);
            return;
        }
        String document = LoadContext.DOCUMENTS + "/" + next.get();
        if (!session.get("documents.get", document, OK).is(200)) {
            return;
        }
        pause(context.thinkMillis());
        SessionClient.Answer challenge = session.post("documents.challenge", document + "/challenge",
                Rest.object("purpose", "APPROVAL"), OK);
        if (!challenge.is(200)) {
            return;
        }
        pause(context.thinkMillis());
        SessionClient.Answer signed = session.post("documents.sign", document + "/sign", Rest.object(
                "purpose", "APPROVAL", "challengeId", challenge.json().path("challengeId").asText(),
                "meaning", "Approved", "reason", "Reviewed under load", "userId", user,
                "password", context.password(user)), OK);
        if (signed.is(200)) {
            context.writes().signature(next.get(), signed.json().path("signature").path("signatureId").asText());
            if (signed.json().path("approvalProgress").path("satisfied").asBoolean()) {
                context.reviews().approved(next.get());
            }
        }
    }
}
