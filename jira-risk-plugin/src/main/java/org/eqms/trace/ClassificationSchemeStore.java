package org.eqms.trace;

import java.util.Optional;

/** Port: the classification scheme a project uses (IEC 62304 Ed. 1 classes by default, or configured rigor levels). */
public interface ClassificationSchemeStore {

    /** The project's scheme, or empty when the project uses the default {@link ClassificationScheme#IEC62304_ED1}. */
    Optional<ClassificationScheme> scheme(String projectKey);

    void save(String projectKey, ClassificationScheme scheme);
}
