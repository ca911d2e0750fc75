package org.eqms.sandbox.users;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/pages/viewpage.action?pageId=3", "/display/QMS", "/sandbox/inbox"})
    void aPathOnTheSandboxIsKept(String path) {
        assertThat(LoginRedirect.destination(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "/login?os_destination=/x", "/logout", "/x\r\nSet-Cookie: a=b", "", "display/QMS"})
    void anythingElseGoesToTheStartPage(String destination) {
        assertThat(LoginRedirect.destination(destination)).isEqualTo("/");
    }

    @org.junit.jupiter.api.Test
    void noDestinationGoesToTheStartPage() {
        assertThat(LoginRedirect.destination(null)).isEqualTo("/");
    }
}
