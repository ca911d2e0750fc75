package org.eqms.sandbox.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.eqms.confluence.product.SalDocumentActors;
import org.eqms.confluence.rest.DocumentResource;
import org.eqms.confluence.rest.ReviewScheduleResource;
import org.eqms.confluence.rest.ScheduledJobsResource;
import org.eqms.confluence.rest.SpaceConfigurationResource;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.confluence.view.ConfluenceI18n;
import org.eqms.confluence.view.StatusBanner;
import org.eqms.confluence.web.GlobalAdminServlet;
import org.eqms.confluence.web.SpaceConfigurationServlet;
import org.eqms.confluence.web.WebResources;
import org.eqms.confluence.wiring.ConfluenceApp;
import org.eqms.confluence.wiring.ConfluenceJobs;
import org.eqms.notice.Notices;
import org.eqms.rest.notices.NoticeResource;
import org.eqms.rest.signing.SigningAdministrationResource;
import org.eqms.rest.signing.TotpEnrolmentResource;
import org.eqms.sal.PluginSettingsSigningPolicyStore;
import org.eqms.sandbox.SandboxApp;
import org.eqms.sandbox.SandboxPlatform;
import org.eqms.store.ao.AoNotices;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.view.VelocityTemplateRenderer;

import javax.servlet.http.HttpServlet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Confluence controlled-documents app hosted in the sandbox, unchanged: {@link ConfluenceApp} built on the
 * sandbox's implementations of its ports (pages with their version history, space permissions, groups, plugin
 * settings: {@link SandboxConfluenceEntities}, in the sandbox's own namespace) and on the platform's Active Objects
 * (the app's own namespace, so its tables are named as in Confluence), cluster locks, SAL user manager, ledger
 * key-encryption key and clock. Its REST resources are the classes of the {@code <rest>} module's packages, at
 * {@code /rest/eqms/1.0}; its admin pages and static files are at Confluence's URLs. Its periodic jobs (scheduled
 * effective dates, review reminders) are the product's {@link ConfluenceJobs} on the platform's scheduler. The
 * sandbox's page editor API is {@link #pagesApp()}.
 *
 * <p>Confluence's own pages stand in at Confluence's addresses: a space's page list ({@link SpacePageServlet}), the
 * page view with the app's status banner and document actions where its two {@code web-panel}s sit
 * ({@link PageViewServlet}), a storage-format editor ({@link PageEditorServlet}) and the page history. Not hosted:
 * the four {@code xhtml-macro}s (they implement Confluence's {@code Macro} with its {@code ConversionContext}).
 */
public final class ConfluenceSandboxApp implements SandboxApp {
    public static final String REST_BASE = "/rest/eqms/1.0";
    /** The servlets' paths: Confluence's {@code /plugins/servlet} plus each {@code <servlet>}'s url-pattern. */
    public static final String SPACE_CONFIGURATION_PATH = "/plugins/servlet/eqms/space-configuration";
    public static final String GLOBAL_ADMIN_PATH = "/plugins/servlet/eqms/admin";

    private final SandboxPlatform platform;
    private final DemoUsers demoUsers;
    private final SandboxPages pages;
    private final SandboxGroups groups;
    private final SandboxSpacePermissions permissions;
    private final ConfluenceApp app;
    private final SandboxPagesApp pagesApp;

    public ConfluenceSandboxApp(SandboxPlatform platform, DemoUsers demoUsers) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.demoUsers = Objects.requireNonNull(demoUsers, "demoUsers");
        ActiveObjects appAo = migrated(platform.activeObjects().forNamespace(ConfluenceEntities.NAMESPACE),
                SignatureLibEntities.all(), ConfluenceEntities.all());
        ActiveObjects sandboxAo = migrated(platform.activeObjects().forNamespace(SandboxConfluenceEntities.NAMESPACE),
                SandboxConfluenceEntities.all());
        pages = new SandboxPages(sandboxAo, platform.clock());
        groups = new SandboxGroups(sandboxAo);
        permissions = new SandboxSpacePermissions(sandboxAo, pages, groups, platform.userManager());
        AoNotices notices = new AoNotices(appAo, platform.clock());
        app = new ConfluenceApp(appAo, platform.clusterLocks(), platform.userManager(),
                new PluginSettingsSigningPolicyStore(new AoPluginSettings(sandboxAo)), groups,
                platform.keyEncryptionKey(), pages, permissions, groups, new SalDocumentActors(platform.userManager()),
                platform.clock(), notices, notices);
        new ConfluenceJobs(platform.scheduler(), app);
        pagesApp = new SandboxPagesApp(pages, permissions, platform.userManager(),
                (pageId, editorKey, clientIp) -> app.documentControl().pageEdited(pageId, editorKey, clientIp));
    }

    @Override
    public String name() {
        return "Confluence eQMS";
    }

    @Override
    public String restBase() {
        return REST_BASE;
    }

    /** The classes of the {@code <rest>} module's packages: org.eqms.confluence.rest, org.eqms.rest.signing, org.eqms.rest.notices. */
    @Override
    public List<Object> restResources() {
        return List.of(new DocumentResource(app), new SpaceConfigurationResource(app), new ReviewScheduleResource(app),
                new ScheduledJobsResource(app), new SigningAdministrationResource(app), new TotpEnrolmentResource(app),
                new NoticeResource(app));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        VelocityTemplateRenderer templates = new VelocityTemplateRenderer();
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put(SPACE_CONFIGURATION_PATH, new SpaceConfigurationServlet(platform.userManager(), permissions,
                templates, ConfluenceI18n.english(), WebResources.CONFLUENCE));
        servlets.put(GLOBAL_ADMIN_PATH, new GlobalAdminServlet(platform.userManager(), templates,
                ConfluenceI18n.english(), WebResources.CONFLUENCE));
        servlets.put(WebResourceServlet.PATH, new WebResourceServlet());
        PageGate gate = new PageGate(platform.userManager(), pages, permissions);
        ServedPages served = new ServedPages(app.readerView(), permissions);
        servlets.put(SpacePageServlet.PATH + "/*", new SpacePageServlet(gate, pages, permissions, served));
        servlets.put(PageViewServlet.PATH, new PageViewServlet(gate, served, permissions, pages, statusBanner(),
                templates, new SandboxStorageFormatView()));
        PageEditorServlet editor = new PageEditorServlet(gate, pages, permissions);
        servlets.put(PageEditorServlet.CREATE_PATH, editor);
        servlets.put(PageEditorServlet.EDIT_PATH, editor);
        servlets.put(PageHistoryServlet.PATH, new PageHistoryServlet(gate, pages, platform.userManager()));
        return servlets;
    }

    @Override
    public void seedDemoData() {
        new ConfluenceDemoData(pages, groups, permissions, app.documents(), demoUsers).seed();
    }

    @Override
    public Optional<Notices> notices() {
        return Optional.of(app.notices().notices());
    }

    /** The sandbox's page editor API, a second app at {@code /rest/sandbox/1.0} on the same pages. */
    @Override
    public List<SandboxApp> companions() {
        return List.of(pagesApp());
    }

    public SandboxPagesApp pagesApp() {
        return pagesApp;
    }

    /** The status banner of a controlled page, rendered with the sandbox's HTML-escaping Velocity. */
    public StatusBanner statusBanner() {
        return new StatusBanner(app.readerView(), permissions, new VelocityTemplateRenderer(), ConfluenceI18n.english());
    }

    /** The controlled documents by number, for the Jira app's risk control references. */
    public ConfluenceDocumentDirectory documentDirectory() {
        return new ConfluenceDocumentDirectory(pages, app);
    }

    /** The stand-in spaces and pages (what Confluence's {@code PageManager} is). */
    public SandboxPages pages() {
        return pages;
    }

    /** The stand-in space permissions. */
    public SandboxSpacePermissions permissions() {
        return permissions;
    }

    /** The hosted app itself (its ledger, document control, reader view). */
    public ConfluenceApp app() {
        return app;
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static ActiveObjects migrated(ActiveObjects ao, List<Class<? extends RawEntity<?>>>... entitySets) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (List<Class<? extends RawEntity<?>>> set : entitySets) {
            entities.addAll(set);
        }
        ao.migrate(entities.toArray(new Class[0]));
        return ao;
    }
}
