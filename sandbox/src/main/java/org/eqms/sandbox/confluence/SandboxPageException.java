package org.eqms.sandbox.confluence;

/** A refused page or space request of the sandbox: an HTTP status, a code, what was wrong and what to do. */
public final class SandboxPageException extends RuntimeException {
    private final int status;
    private final String code;
    private final String hint;

    public SandboxPageException(int status, String code, String message, String hint) {
        super(message);
        this.status = status;
        this.code = code;
        this.hint = hint;
    }

    static SandboxPageException badRequest(String message, String hint) {
        return new SandboxPageException(400, "bad_request", message, hint);
    }

    static SandboxPageException notFound(String message, String hint) {
        return new SandboxPageException(404, "not_found", message, hint);
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
