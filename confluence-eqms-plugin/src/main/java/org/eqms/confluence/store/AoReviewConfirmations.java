package org.eqms.confluence.store;

import org.eqms.store.ao.StoredInstant;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.confluence.store.entity.ReviewConfirmRow;
import org.eqms.document.ReviewConfirmation;
import org.eqms.document.ReviewConfirmations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link ReviewConfirmations} on Active Objects; joins the caller's transaction. */
public final class AoReviewConfirmations implements ReviewConfirmations {
    private final ActiveObjects ao;

    public AoReviewConfirmations(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void add(ReviewConfirmation confirmation) {
        Map<String, Object> row = new HashMap<>();
        row.put(ReviewConfirmRow.SIGNATURE_ID, confirmation.signatureId());
        row.put(ReviewConfirmRow.DOCUMENT_ID, confirmation.documentId());
        row.put(ReviewConfirmRow.REV_LABEL, confirmation.revisionLabel());
        row.put(ReviewConfirmRow.CONFIRMED_BY, confirmation.confirmedBy());
        row.put(ReviewConfirmRow.CONFIRMED_AT, StoredInstant.format(confirmation.confirmedAt()));
        ao.executeInTransaction(() -> ao.create(ReviewConfirmRow.class, row));
    }

    @Override
    public List<ReviewConfirmation> of(String documentId) {
        List<ReviewConfirmation> confirmations = new ArrayList<>();
        for (ReviewConfirmRow row : ao.find(ReviewConfirmRow.class, Query.select("ID, " + ReviewConfirmRow.SIGNATURE_ID + ", "
                        + ReviewConfirmRow.DOCUMENT_ID + ", " + ReviewConfirmRow.REV_LABEL + ", " + ReviewConfirmRow.CONFIRMED_BY
                        + ", " + ReviewConfirmRow.CONFIRMED_AT)
                .where(ReviewConfirmRow.DOCUMENT_ID + " = ?", documentId).order("ID"))) {
            confirmations.add(new ReviewConfirmation(row.getDocumentId(), row.getRevLabel(), row.getSignatureId(),
                    row.getConfirmedBy(), StoredInstant.parse(row.getConfirmedAt())));
        }
        return confirmations;
    }
}
