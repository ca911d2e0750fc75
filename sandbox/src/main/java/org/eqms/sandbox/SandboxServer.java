package org.eqms.sandbox;

import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eqms.sandbox.users.AtlassianXsrfCheck;
import org.eqms.sandbox.users.LoginServlet;
import org.eqms.sandbox.users.SandboxAuthentication;
import org.eqms.sandbox.users.SandboxUserManager;
import org.eqms.sandbox.users.SandboxUsers;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import javax.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;

/**
 * The sandbox's web server: Jetty (ee8, javax servlets) with sessions, the sign-in filter and Atlassian REST's XSRF
 * rule in front of everything, each app's JAX-RS resources in Jersey under its REST base, each app's servlets, the
 * login page and the start page.
 */
public final class SandboxServer implements AutoCloseable {
    /**
     * Jersey's start-up warnings that say nothing about the sandbox (resource instances checked as providers, no
     * JAXB for WADL, no javax.activation): silenced so the start-up log shows what the user needs. Held strongly:
     * java.util.logging forgets the level of a logger nobody references.
     */
    private static final List<java.util.logging.Logger> QUIET_JERSEY = List.of(
            quiet("org.glassfish.jersey.internal.inject.Providers"),
            quiet("org.glassfish.jersey.server.wadl.WadlFeature"),
            quiet("org.glassfish.jersey.message.internal.MessagingBinders"));

    private final Server server;
    private final ServerConnector connector;

    public SandboxServer(String bind, int port, SandboxUsers users, SandboxUserManager userManager,
                         List<SandboxApp> apps) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.addFilter(new FilterHolder(new SandboxAuthentication(users, userManager)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new RequestSizeLimit()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new PageDecorator(userManager)), "/plugins/servlet/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new AtlassianXsrfCheck()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        for (SandboxApp app : apps) {
            ResourceConfig resources = new ResourceConfig().registerInstances(app.restResources().toArray())
                    .register(JerseyRefusals.class);
            context.addServlet(new ServletHolder(app.name(), new ServletContainer(resources)), app.restBase() + "/*");
            app.servlets().forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        }
        context.addServlet(new ServletHolder(new ClasspathResourceServlet("org/eqms/sandbox/aui/")),
                SandboxPage.AUI + "*");
        context.addServlet(new ServletHolder(new ClasspathResourceServlet("org/eqms/sandbox/static/")),
                SandboxPage.STATIC + "*");
        List<SandboxApp> hosted = List.copyOf(apps);
        context.addServlet(new ServletHolder(new InboxServlet(userManager, hosted)), SandboxHeader.INBOX_PATH);
        context.addServlet(new ServletHolder(new TotpServlet(userManager, hosted)), SandboxHeader.TOTP_PATH);
        LoginServlet login = new LoginServlet(users);
        context.addServlet(new ServletHolder(login), "/login");
        context.addServlet(new ServletHolder(login), "/logout");
        context.addServlet(new ServletHolder(new StartPageServlet(userManager, apps)), "/");
        server.setHandler(context);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    public SandboxServer start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the sandbox web server on " + connector.getHost() + ":"
                    + connector.getPort() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The port it listens on (the one chosen when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
