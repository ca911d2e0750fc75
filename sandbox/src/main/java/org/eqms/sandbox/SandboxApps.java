package org.eqms.sandbox;

import org.eqms.sandbox.confluence.ConfluenceSandboxApp;
import org.eqms.sandbox.confluence.DemoUser;
import org.eqms.sandbox.jira.JiraSandboxApp;
import org.eqms.sandbox.users.DemoUsers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** The apps the sandbox hosts, each built from the platform. Add an app here to mount it. */
public final class SandboxApps {
    private SandboxApps() {
    }

    /** The Confluence app first: the Jira app's risk controls resolve document numbers in its directory. */
    public static List<Function<SandboxPlatform, SandboxApp>> all() {
        AtomicReference<ConfluenceSandboxApp> confluence = new AtomicReference<>();
        return List.of(platform -> {
                    confluence.set(new ConfluenceSandboxApp(platform, confluenceDemoUsers(platform)));
                    return confluence.get();
                },
                platform -> new JiraSandboxApp(platform, confluence.get().documentDirectory()));
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
