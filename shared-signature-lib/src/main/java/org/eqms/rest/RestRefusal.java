package org.eqms.rest;

/** A request refused by the REST layer itself (who is calling, what they may see, what they sent). */
public final class RestRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String hint;

    public RestRefusal(int status, String code, String message, String hint) {
        super(message);
        this.status = status;
        this.code = code;
        this.hint = hint;
    }

    public static RestRefusal unauthenticated() {
        return new RestRefusal(401, "not_authenticated", "You are not signed in.", "Sign in and try again.");
    }

    public static RestRefusal forbidden(String message, String hint) {
        return new RestRefusal(403, "forbidden", message, hint);
    }

    public static RestRefusal badRequest(String message, String hint) {
        return new RestRefusal(400, "bad_request", message, hint);
    }

    public static RestRefusal notFound(String message) {
        return new RestRefusal(404, "not_found", message, "Check the id; the item may have been deleted.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }
}
