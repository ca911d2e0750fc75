package org.eqms.confluence.rest;

import org.eqms.rest.Callers;
import org.eqms.confluence.access.ContentPermissions;
import org.eqms.confluence.pdf.RevisionPdfExport;
import org.eqms.document.DocumentActors;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentSigning;
import org.eqms.document.EffectiveRevisionSigning;
import org.eqms.document.PeriodicReviews;
import org.eqms.document.ReaderView;
import org.eqms.document.ReviewReminders;
import org.eqms.document.ScheduledEffectiveDates;
import org.eqms.document.GroupMembership;
import org.eqms.document.PageSource;
import org.eqms.document.SpaceAdministration;
import org.eqms.document.StoredSpaceConfiguration;

import java.util.Objects;

/**
 * What the REST resources of the controlled-documents app work with. The Confluence wiring builds it from the
 * product's services; the sandbox from its own implementations of the same ports; the resources are the same.
 */
public record DocumentServices(DocumentControl control, DocumentSigning signing, EffectiveRevisionSigning effectiveSigning,
                               ReaderView reader, PeriodicReviews reviews, ReviewReminders reminders,
                               ScheduledEffectiveDates effectiveDates, RevisionPdfExport pdf,
                               SpaceAdministration spaces, StoredSpaceConfiguration configuration,
                               ContentPermissions permissions, PageSource pages,
                               DocumentActors actors, GroupMembership membership, Callers callers) {
    public DocumentServices {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(effectiveSigning, "effectiveSigning");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(effectiveDates, "effectiveDates");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(spaces, "spaces");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(callers, "callers");
    }
}
