package org.eqms.confluence.view;

import org.eqms.document.DocumentPageView.BannerKind;
import org.eqms.document.DocumentPageView;
import org.eqms.document.DocumentState;
import org.eqms.view.I18n;

import java.util.Objects;
import java.util.Optional;

/**
 * What the status banner of a controlled page shows, every text already taken from the bundle: document number,
 * revision, state, effective date, the banner sentence ({@link BannerKind#i18nKey()}), the notice of a newer revision
 * in progress and the retention/integrity warning. The template only lays it out.
 *
 * @param messageClass AUI message type: {@code info}, {@code warning} or {@code error}
 */
public record StatusBannerModel(String documentNumber, String revisionLabel, String stateLabel, String effectiveDate,
                                String title, String bannerText, String pendingNotice, String integrityWarning,
                                String messageClass) {

    public StatusBannerModel {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(bannerText, "bannerText");
        Objects.requireNonNull(messageClass, "messageClass");
    }

    /** The banner of a page view; empty for a page outside document control. */
    public static Optional<StatusBannerModel> of(DocumentPageView view, I18n i18n) {
        if (!view.controlled()) {
            return Optional.empty();
        }
        String effectiveDate = UtcTimes.date(view.effectiveAt());
        String text = switch (view.banner()) {
            case EFFECTIVE -> i18n.getText(view.banner().i18nKey(), view.revisionLabel(), view.documentNumber(),
                    effectiveDate);
            case WORKING_DRAFT -> i18n.getText(view.banner().i18nKey(),
                    view.pendingRevisionLabel() == null ? i18n.getText("eqms.ui.revision.unreleased")
                            : view.pendingRevisionLabel());
            default -> i18n.getText(view.banner().i18nKey());
        };
        String pending = view.banner() == BannerKind.EFFECTIVE && view.pendingRevisionLabel() != null
                ? i18n.getText("eqms.ui.banner.pending", view.revisionLabel(), view.pendingRevisionLabel())
                : null;
        String integrity = view.integrityAlert()
                ? i18n.getText("eqms.ui.banner.integrity." + view.integrity().name()) : null;
        String type = integrity != null || view.banner() == BannerKind.OBSOLETE ? "error"
                : view.banner() == BannerKind.EFFECTIVE ? "info" : "warning";
        return Optional.of(new StatusBannerModel(view.documentNumber(), view.revisionLabel(),
                stateLabel(view.state(), i18n), effectiveDate, view.title(), text, pending, integrity, type));
    }

    /** The bundle's name of a state ({@code eqms.ui.state.EFFECTIVE} ...); {@code eqms.ui.state.none} for none. */
    public static String stateLabel(DocumentState state, I18n i18n) {
        return i18n.getText(state == null ? "eqms.ui.state.none" : "eqms.ui.state." + state.name());
    }
}
