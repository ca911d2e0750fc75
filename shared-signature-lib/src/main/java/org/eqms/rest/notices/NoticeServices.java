package org.eqms.rest.notices;

import org.eqms.notice.Notices;
import org.eqms.rest.Callers;

import java.util.Objects;

/**
 * What the notifications endpoints of either app work with: the stored notices and the caller, whose being a system
 * administrator decides whether the alerts to all administrators are theirs to read.
 */
public record NoticeServices(Notices notices, Callers callers) {
    public NoticeServices {
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(callers, "callers");
    }

    /** Where the notifications resource gets these from, per request. */
    @FunctionalInterface
    public interface Source {
        NoticeServices notices();
    }
}
