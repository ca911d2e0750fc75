package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserManager;
import org.eqms.sandbox.SandboxApp;

import javax.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's page editor API at {@value #REST_BASE} ({@link PageResource}): what Confluence's own editor is to the
 * hosted app. Its demo pages are written by {@link ConfluenceSandboxApp#seedDemoData()}.
 */
public final class SandboxPagesApp implements SandboxApp {
    public static final String REST_BASE = "/rest/sandbox/1.0";

    private final PageResource resource;

    SandboxPagesApp(SandboxPages pages, SandboxSpacePermissions permissions, UserManager users,
                    PageEditListener edits) {
        this.resource = new PageResource(pages, permissions, users, edits);
    }

    @Override
    public String name() {
        return "Sandbox pages";
    }

    @Override
    public String restBase() {
        return REST_BASE;
    }

    @Override
    public List<Object> restResources() {
        return List.of(resource);
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        return Map.of();
    }

    @Override
    public void seedDemoData() {
        // the pages' demo data is the Confluence app's (its documents are pages)
    }
}
