package org.eqms.sandbox;

import org.eqms.sandbox.jira.JiraSandboxApp;

import java.util.List;
import java.util.function.Function;

/** The apps the sandbox hosts, each built from the platform. Add an app here to mount it. */
public final class SandboxApps {
    private SandboxApps() {
    }

    public static List<Function<SandboxPlatform, SandboxApp>> all() {
        return List.of(JiraSandboxApp::new);
    }
}
