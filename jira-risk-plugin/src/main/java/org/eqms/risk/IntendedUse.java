package org.eqms.risk;

import java.util.List;

/**
 * Intended use, reasonably foreseeable misuse and the characteristics related to safety of the device
 * (ISO 14971 §5.2, §5.3), the starting point of the risk analysis.
 *
 * @param intendedUse              the intended use / intended purpose; not blank
 * @param foreseeableMisuse        reasonably foreseeable misuse; may be empty but not {@code null}
 * @param safetyCharacteristics    qualitative and quantitative characteristics that could affect safety
 */
public record IntendedUse(String intendedUse, List<String> foreseeableMisuse, List<String> safetyCharacteristics) {

    public IntendedUse {
        Require.text(intendedUse, "The intended use", "Describe the intended use: medical indication, patient "
                + "population, part of the body, user profile, use environment, operating principle (§5.2).");
        foreseeableMisuse = Require.texts(foreseeableMisuse, "A foreseeable misuse",
                "Describe each reasonably foreseeable misuse, or leave the list empty.");
        safetyCharacteristics = Require.texts(safetyCharacteristics, "A safety characteristic",
                "Describe each characteristic related to safety (§5.3), or leave the list empty.");
    }
}
