package org.eqms.e2e.sweep;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One REST endpoint of a hosted app as its JAX-RS annotations declare it: HTTP method, full path template (the app's
 * REST base, the class {@code @Path} and the method {@code @Path}), its path and query parameters, and what body it
 * consumes (null for none).
 */
record Endpoint(String app, String method, String template, List<String> pathParams, List<String> queryParams,
                String consumes, String resource) {
    private static final Pattern PARAM = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

    boolean writes() {
        return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
    }

    boolean consumesXml() {
        return consumes != null && consumes.contains("xml");
    }

    /** The path with each parameter replaced by its value in {@code values} (URL-encoded as a path segment). */
    String path(Map<String, String> values) {
        Matcher matcher = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in " + template);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(PathSegment.encode(value)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The literal path segment just before {@code {param}} (e.g. {@code hazards} for {@code /hazards/{id}}). */
    String collectionOf(String param) {
        Matcher matcher = PARAM.matcher(template);
        while (matcher.find()) {
            if (matcher.group(1).equals(param)) {
                String before = template.substring(0, matcher.start());
                before = before.endsWith("/") ? before.substring(0, before.length() - 1) : before;
                return before.substring(before.lastIndexOf('/') + 1);
            }
        }
        throw new IllegalArgumentException("no {" + param + "} in " + template);
    }

    static List<String> paramsOf(String template) {
        Matcher matcher = PARAM.matcher(template);
        List<String> names = new java.util.ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
