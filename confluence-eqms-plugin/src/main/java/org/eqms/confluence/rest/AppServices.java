package org.eqms.confluence.rest;

/**
 * Where the REST resources get the app's services from, per request. In Confluence the Spring-scanned app component
 * implements it (built lazily: Active Objects may not be ready when the plugin's beans are created); the sandbox and
 * tests pass their own.
 */
@FunctionalInterface
public interface AppServices {
    DocumentServices documents();
}
