package org.eqms.sandbox;

import org.eqms.sandbox.confluence.ConfluenceSandboxApp;
import org.eqms.sandbox.confluence.DemoUser;
import org.eqms.sandbox.jira.JiraSandboxApp;
import org.eqms.sandbox.users.DemoUsers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The apps the sandbox hosts, each built from the platform. Add an app here to mount it. */
public final class SandboxApps {
    private SandboxApps() {
    }

    public static List<Function<SandboxPlatform, SandboxApp>> all() {
        return List.of(platform -> new ConfluenceSandboxApp(platform, confluenceDemoUsers(platform)),
                JiraSandboxApp::new);
    }

    /** The demo users with the passwords of the home's demo-passwords file (the Confluence demo approvals sign). */
    private static org.eqms.sandbox.confluence.DemoUsers confluenceDemoUsers(SandboxPlatform platform) {
        Map<String, String> passwords = DemoUsers.readPasswords(platform.home());
        Map<String, DemoUser> byName = new LinkedHashMap<>();
        DemoUsers.roles().keySet().forEach(name -> byName.put(name,
                new DemoUser(name, "u-" + name, passwords.getOrDefault(name, ""))));
        return org.eqms.sandbox.confluence.DemoUsers.of(byName);
    }
}
