package org.eqms.sandbox;

import org.eqms.sandbox.users.SandboxUserManager;
import org.eqms.sandbox.users.SandboxUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST body ceiling of the sandbox's web server, over a raw socket so the refusal is seen before any body. */
class RequestSizeLimitTest {
    @TempDir
    Path home;

    @Test
    void aBodyDeclaredLargerThanTheCeilingIsRefusedWith413BeforeItIsSent() throws Exception {
        try (SandboxServer server = server()) {
            String reply = exchange(server.port(), "POST /rest/eqms/1.0/documents HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (RequestSizeLimit.MAX_BYTES + 1)
                    + "\r\n\r\n");

            assertThat(reply).startsWith("HTTP/1.1 413").contains("application/json")
                    .contains("\"error\":\"request_too_large\"").contains("\"hint\":");
        }
    }

    @Test
    void aBodyOfUnknownLengthIsRefusedWith411() throws Exception {
        try (SandboxServer server = server()) {
            String reply = exchange(server.port(), "PUT /rest/eqms/1.0/x HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");

            assertThat(reply).startsWith("HTTP/1.1 411").contains("\"error\":\"length_required\"");
        }
    }

    @Test
    void aBodyWithinTheCeilingGoesOnToTheApps() throws Exception {
        try (SandboxServer server = server()) {
            String reply = exchange(server.port(), "POST /rest/eqms/1.0/documents HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

            assertThat(reply).as("no app is mounted here: the start page servlet answers, not the ceiling")
                    .matches("(?s)HTTP/1\\.1 40[45] .*").doesNotContain("request_too_large", "length_required");
        }
    }

    private SandboxServer server() {
        SandboxUsers users = SandboxUsers.in(home.resolve("users.properties"));
        return new SandboxServer("127.0.0.1", 0, users, new SandboxUserManager(users), List.of()).start();
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            StringBuilder reply = new StringBuilder();
            int read;
            while ((read = in.read(buffer)) > 0) {
                reply.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (reply.indexOf("\r\n\r\n") > 0 && reply.indexOf("}") > 0) {
                    break;
                }
            }
            return reply.toString();
        }
    }
}
