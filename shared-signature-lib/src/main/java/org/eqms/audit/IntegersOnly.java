package org.eqms.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * DESIGN §6: all numbers are integers, and JCS (RFC 8785) serializes numbers as IEEE doubles, so an integer is
 * exact only within ±(2^53−1). Larger ones would hash as a different value than was written.
 */
public final class IntegersOnly {
    public static final long MAX_SAFE = (1L << 53) - 1;

    private IntegersOnly() {
    }

    public static boolean holdsIn(JsonNode node) {
        if (node.isNumber()) {
            return node.isIntegralNumber() && node.canConvertToLong() && Math.abs(node.longValue()) <= MAX_SAFE;
        }
        for (JsonNode child : node) {
            if (!holdsIn(child)) {
                return false;
            }
        }
        return true;
    }

    public static long check(long value) {
        if (Math.abs(value) > MAX_SAFE) {
            throw new IllegalArgumentException(value + " is outside the exactly representable range ±(2^53−1)");
        }
        return value;
    }
}
