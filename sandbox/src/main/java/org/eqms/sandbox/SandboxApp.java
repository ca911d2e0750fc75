package org.eqms.sandbox;

import org.eqms.notice.Notices;

import javax.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the apps the sandbox hosts, exactly as shipped: its JAX-RS resources (mounted under {@link #restBase()} by
 * Jersey), its page servlets, and the demo data it writes on a first start. Built from a {@link SandboxPlatform}.
 */
public interface SandboxApp {

    /** A short name for the startup log, e.g. {@code "Confluence eQMS"}. */
    String name();

    /** Where its REST resources live, e.g. {@code /rest/eqms/1.0}. */
    String restBase();

    /** Its JAX-RS resource instances (the same classes the product's REST module scans). */
    List<Object> restResources();

    /** Its page servlets by Jetty path spec (e.g. {@code /plugins/servlet/eqms-risk/project}). */
    Map<String, HttpServlet> servlets();

    /** Its pages for the sandbox's start page: link text → path (e.g. the project page of the demo project). */
    default Map<String, String> links() {
        return Map.of();
    }

    /** Apps built with this one that the sandbox mounts too (e.g. the stand-in product's own REST); none by default. */
    default List<SandboxApp> companions() {
        return List.of();
    }

    /**
     * Its in-app notifications, for the sandbox's inbox (read there; marked read through the app's own
     * {@code /me/notifications} resource under {@link #restBase()}); none by default.
     */
    default Optional<Notices> notices() {
        return Optional.empty();
    }

    /** Writes the demo data through the app's own services; called once, on a first (or reset) start. */
    void seedDemoData();
}
