package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The action-priority table is monotone: raising S, O or D never lowers the priority. */
class FmeaActionPriorityProperties {

    @Property
    void raisingAnyRatingNeverLowersThePriority(@ForAll @IntRange(min = 1, max = 9) int s,
                                                @ForAll @IntRange(min = 1, max = 9) int o,
                                                @ForAll @IntRange(min = 1, max = 9) int d) {
        ActionPriority ap = FmeaActionPriority.of(s, o, d);
        assertThat(FmeaActionPriority.of(s + 1, o, d)).isGreaterThanOrEqualTo(ap);
        assertThat(FmeaActionPriority.of(s, o + 1, d)).isGreaterThanOrEqualTo(ap);
        assertThat(FmeaActionPriority.of(s, o, d + 1)).isGreaterThanOrEqualTo(ap);
    }

    @Property
    void severityOneIsAlwaysLowAndRpnStaysWithinOneToAThousand(@ForAll @IntRange(min = 1, max = 10) int o,
                                                               @ForAll @IntRange(min = 1, max = 10) int d) {
        assertThat(FmeaActionPriority.of(1, o, d)).isEqualTo(ActionPriority.LOW);
        assertThat(new FmeaRating(10, o, d).rpn()).isBetween(1, 1000);
    }
}
