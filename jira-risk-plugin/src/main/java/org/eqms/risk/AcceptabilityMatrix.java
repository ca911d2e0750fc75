package org.eqms.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The risk acceptability matrix (ISO 14971 §4.4 d): one {@link Acceptability} per (severity level, probability
 * level) cell. Rows are severity levels 1..S, columns probability levels 1..P. Editable by the administrator cell by
 * cell ({@link #withCell}), which makes a new matrix.
 *
 * <p>Rule: the matrix is <em>monotone</em> — raising severity or probability never makes a risk more acceptable
 * (a cell is at least the concern of the cell left of it and of the cell below it). A matrix breaking that is
 * refused: it would call a risk acceptable while a less severe, less probable one is not.
 *
 * <p>The default 5×5 (S rows top = Catastrophic, P columns Improbable → Frequent; A acceptable, I investigate/ALARP,
 * U unacceptable):
 * <pre>
 * S5  I I U U U
 * S4  A I I U U
 * S3  A A I I U
 * S2  A A A I I
 * S1  A A A A I
 * </pre>
 *
 * @param rows {@code rows.get(s - 1).get(p - 1)} is the acceptability of severity s, probability p
 */
public record AcceptabilityMatrix(List<List<Acceptability>> rows) {

    /** @throws InvalidRiskConfigurationException if the matrix is ragged, has empty cells or is not monotone */
    public AcceptabilityMatrix {
        if (rows == null || rows.isEmpty() || rows.get(0) == null || rows.get(0).isEmpty()) {
            throw new InvalidRiskConfigurationException("The acceptability matrix has no cells.",
                    "Give an acceptability for every severity and probability level.");
        }
        int columns = rows.get(0).size();
        List<List<Acceptability>> copy = new ArrayList<>();
        for (int s = 0; s < rows.size(); s++) {
            List<Acceptability> row = rows.get(s);
            if (row == null || row.size() != columns || row.stream().anyMatch(c -> c == null)) {
                throw new InvalidRiskConfigurationException("Row " + (s + 1) + " of the acceptability matrix does "
                        + "not have an acceptability for each of the " + columns + " probability levels.",
                        "Fill in every cell of the matrix.");
            }
            copy.add(List.copyOf(row));
        }
        for (int s = 0; s < copy.size(); s++) {
            for (int p = 0; p < columns; p++) {
                Acceptability cell = copy.get(s).get(p);
                if (p > 0 && !cell.atLeast(copy.get(s).get(p - 1))) {
                    throw notMonotone(s + 1, p + 1, "probability " + p);
                }
                if (s > 0 && !cell.atLeast(copy.get(s - 1).get(p))) {
                    throw notMonotone(s + 1, p + 1, "severity " + s);
                }
            }
        }
        rows = List.copyOf(copy);
    }

    private static InvalidRiskConfigurationException notMonotone(int s, int p, String lower) {
        return new InvalidRiskConfigurationException("The cell severity " + s + " × probability " + p
                + " is more acceptable than the cell at the lower " + lower + ".",
                "Raising severity or probability must never make a risk more acceptable; "
                        + "adjust the cells so that they do not decrease upwards or to the right.");
    }

    /** The default 5×5 matrix shown in the class comment. */
    public static AcceptabilityMatrix defaultFiveByFive() {
        Acceptability a = Acceptability.ACCEPTABLE;
        Acceptability i = Acceptability.INVESTIGATE_ALARP;
        Acceptability u = Acceptability.UNACCEPTABLE;
        return new AcceptabilityMatrix(List.of(
                List.of(a, a, a, a, i),
                List.of(a, a, a, i, i),
                List.of(a, a, i, i, u),
                List.of(a, i, i, u, u),
                List.of(i, i, u, u, u)));
    }

    /** A matrix of the given size with every cell the same. */
    public static AcceptabilityMatrix uniform(int severityLevels, int probabilityLevels, Acceptability value) {
        List<List<Acceptability>> rows = new ArrayList<>();
        for (int s = 0; s < severityLevels; s++) {
            rows.add(java.util.Collections.nCopies(probabilityLevels, value));
        }
        return new AcceptabilityMatrix(rows);
    }

    public int severityLevels() {
        return rows.size();
    }

    public int probabilityLevels() {
        return rows.get(0).size();
    }

    /** The acceptability of a cell (levels 1-based). */
    public Acceptability cell(int severity, int probability) {
        requireCell(severity, probability);
        return rows.get(severity - 1).get(probability - 1);
    }

    /**
     * The administrator's edit: a new matrix with one cell changed; this matrix is unchanged.
     *
     * @throws InvalidRiskConfigurationException if the cell does not exist or the result is not monotone
     */
    public AcceptabilityMatrix withCell(int severity, int probability, Acceptability value) {
        requireCell(severity, probability);
        if (value == null) {
            throw new InvalidRiskConfigurationException("No acceptability was given for severity " + severity
                    + " × probability " + probability + ".", "Choose ACCEPTABLE, INVESTIGATE_ALARP or UNACCEPTABLE.");
        }
        List<List<Acceptability>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        copy.get(severity - 1).set(probability - 1, value);
        return new AcceptabilityMatrix(copy);
    }

    private void requireCell(int severity, int probability) {
        if (severity < 1 || severity > severityLevels() || probability < 1 || probability > probabilityLevels()) {
            throw new InvalidRiskConfigurationException("There is no cell severity " + severity + " × probability "
                    + probability + " in a " + severityLevels() + "×" + probabilityLevels() + " matrix.",
                    "Choose a severity from 1 to " + severityLevels() + " and a probability from 1 to "
                            + probabilityLevels() + ".");
        }
    }
}
