package org.eqms.jira.app;

import org.eqms.trace.ClassificationSchemeStore;
import org.eqms.trace.SoupRegisterStore;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.TraceBaselineStore;
import org.eqms.trace.TraceGraphStore;

/** Port: the traceability stores of a Jira project (Active Objects in the product and the sandbox). */
public interface TraceStores {
    TraceGraphStore graph(String projectKey);

    SuspectLinkStore suspects(String projectKey);

    SoupRegisterStore soup(String projectKey);

    TraceBaselineStore baselines(String projectKey);

    ClassificationSchemeStore schemes();
}
