package org.eqms.document;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reader is shown for a page (the view model of the status banner and the served content; templates only
 * render it, every text comes from the i18n bundle by {@link BannerKind#i18nKey()}).
 *
 * @param pageId               the page viewed
 * @param pageVersion          the page version whose title and body are served (the snapshot's locked version, or
 *                             the live one)
 * @param documentNumber       e.g. {@code SOP-0001}; {@code null} when uncontrolled
 * @param revisionLabel        the revision the served content belongs to ({@code null} when uncontrolled, or for
 *                             live changes not yet in any revision)
 * @param state                that revision's state; {@code null} when uncontrolled or not in a revision
 * @param effectiveAt          when the served revision became Effective; {@code null} unless it did
 * @param title                the served title
 * @param body                 the served storage-format body
 * @param banner               which banner to show
 * @param pendingRevisionLabel the next revision in progress (Draft, In Review, Approved), if any
 * @param integrity            the retention/integrity check of the effective snapshot ({@link IntegrityStatus#OK}
 *                             when there is none to check)
 */
public record DocumentPageView(long pageId, int pageVersion, String documentNumber, String revisionLabel,
                               DocumentState state, Instant effectiveAt, String title, String body, BannerKind banner,
                               String pendingRevisionLabel, IntegrityStatus integrity) {

    public DocumentPageView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(integrity, "integrity");
        if ((banner == BannerKind.NONE) != (documentNumber == null)) {
            throw new IllegalArgumentException("a controlled page has a banner and a number, an uncontrolled one neither");
        }
    }

    /** A page outside document control: the live page, untouched, no banner. */
    public static DocumentPageView uncontrolled(PageVersion current) {
        return new DocumentPageView(current.pageId(), current.version(), null, null, null, null, current.title(),
                current.body(), BannerKind.NONE, null, IntegrityStatus.OK);
    }

    public boolean controlled() {
        return banner != BannerKind.NONE;
    }

    /** True when the effective snapshot failed its retention/integrity check (the template shows a warning). */
    public boolean integrityAlert() {
        return integrity.problem();
    }

    /** True when what is served is the locked effective (or obsolete) snapshot, not the live page. */
    public boolean servesSnapshot() {
        return banner == BannerKind.EFFECTIVE || banner == BannerKind.OBSOLETE;
    }

    /** The banners of a page view. */
    public enum BannerKind {
        /** Uncontrolled page: no banner. */
        NONE("eqms.document.banner.none"),
        /** The effective revision: number, revision, effective date, and the newer revision in progress if any. */
        EFFECTIVE("eqms.document.banner.effective"),
        /** An author's or approver's view of the working draft: "Draft revision X — not effective". */
        WORKING_DRAFT("eqms.document.banner.working-draft"),
        /** Controlled but no revision has become Effective yet: "Draft, not yet effective". */
        NOT_YET_EFFECTIVE("eqms.document.banner.not-yet-effective"),
        /** The document was made obsolete: its last effective snapshot, marked obsolete. */
        OBSOLETE("eqms.document.banner.obsolete");

        private final String i18nKey;

        BannerKind(String i18nKey) {
            this.i18nKey = i18nKey;
        }

        public String i18nKey() {
            return i18nKey;
        }
    }
}
