package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.eqms.audit.AuditedObject;
import org.eqms.compliance.Clause;
import org.eqms.signature.SignableVersion;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** DESIGN §5 / docs/formats.md §5: the content hash a page signature binds to. */
@Clause("21CFR11.70")
class PageContentHashTest {

    /** Independent of the code under test: the JDK's SHA-256 over the UTF-8 bytes of a hand-written text. */
    private static String sha256Hex(String canonicalJson) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha.digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hashesTheHandWrittenCanonicalJson() throws Exception {
        String canonical = "{\"body\":\"<p>Hello</p>\",\"id\":\"123\",\"title\":\"SOP\",\"version\":2}";

        assertThat(PageContentHash.canonicalJson(123, 2, "SOP", "<p>Hello</p>")).isEqualTo(canonical);
        assertThat(PageContentHash.of(123, 2, "SOP", "<p>Hello</p>"))
                .isEqualTo(sha256Hex(canonical))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void matchesTheWorkedExampleOfFormatsMd() throws Exception {
        String canonical = "{\"body\":\"<p>Controlled copies are signed.</p>\",\"id\":\"65537\","
                + "\"title\":\"SOP-001 Document control\",\"version\":3}";
        String documented = "dede418cc380ee2963826190fbb7d97940802a7585b832d400f35db5335ececb";

        assertThat(sha256Hex(canonical)).isEqualTo(documented);
        assertThat(PageContentHash.of(65537, 3, "SOP-001 Document control", "<p>Controlled copies are signed.</p>"))
                .isEqualTo(documented);
    }

    @Test
    void writesPageIdsAboveTwoToThe53AsExactStrings() throws Exception {
        long id = 9_007_199_254_740_993L;
        String canonical = "{\"body\":\"\",\"id\":\"9007199254740993\",\"title\":\"T\",\"version\":1}";
        assertThat(PageContentHash.of(id, 1, "T", "")).isEqualTo(sha256Hex(canonical));
    }

    /**
     * (case, title, body, canonical JSON written by hand, the same content as a non-canonical JSON text with members
     * out of order, whitespace and gratuitous escapes — what the erdtman JCS implementation must turn into the
     * hand-written form).
     */
    static Stream<Arguments> escapingCases() {
        return Stream.of(
                Arguments.of("quotes and backslash",
                        "Say \"hi\" \\ bye", "<p class=\"x\">C:\\dir</p>",
                        "{\"body\":\"<p class=\\\"x\\\">C:\\\\dir</p>\",\"id\":\"7\",\"title\":\"Say \\\"hi\\\" \\\\ bye\","
                                + "\"version\":1}",
                        "{ \"version\": 1, \"title\": \"Say \\u0022hi\\u0022 \\u005c bye\", \"id\": \"7\","
                                + " \"body\": \"<p class=\\\"x\\\">C:\\\\dir<\\/p>\" }"),
                Arguments.of("</script> is not escaped",
                        "S", "<script>alert(1)</script>",
                        "{\"body\":\"<script>alert(1)</script>\",\"id\":\"7\",\"title\":\"S\",\"version\":1}",
                        "{\"title\":\"S\",\"body\":\"\\u003cscript\\u003ealert(1)<\\/script>\",\"version\":1,\"id\":\"7\"}"),
                Arguments.of("non-ASCII is raw UTF-8",
                        "Prüfanweisung – 検査", "<p>Ärger ñ 😀</p>",
                        "{\"body\":\"<p>Ärger ñ 😀</p>\",\"id\":\"7\",\"title\":\"Prüfanweisung – 検査\",\"version\":1}",
                        "{\"body\":\"<p>\\u00c4rger \\u00F1 \\ud83d\\ude00</p>\",\"id\":\"7\","
                                + "\"title\":\"Pr\\u00fcfanweisung \\u2013 \\u691c\\u67fb\",\"version\":1}"),
                Arguments.of("U+2028 and U+2029 are raw",
                        "T", "a\u2028b\u2029c",
                        "{\"body\":\"a\u2028b\u2029c\",\"id\":\"7\",\"title\":\"T\",\"version\":1}",
                        "{\"body\":\"a\\u2028b\\u2029c\",\"id\":\"7\",\"title\":\"T\",\"version\":1}"),
                Arguments.of("control characters use short escapes, else \\u00xx lower case; DEL is raw",
                        "T", "l1\r\nl2\ttab\b\f\u0000\u001f\u007f",
                        "{\"body\":\"l1\\r\\nl2\\ttab\\b\\f\\u0000\\u001f\u007f\",\"id\":\"7\",\"title\":\"T\",\"version\":1}",
                        "{\"body\":\"l1\\u000D\\u000al2\\u0009tab\\u0008\\u000C\\u0000\\u001F\\u007f\",\"id\":\"7\","
                                + "\"title\":\"T\",\"version\":1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapingCases")
    void escapesExactlyAsRfc8785(String description, String title, String body, String handCanonical,
            String nonCanonical) throws Exception {
        assertThat(new JsonCanonicalizer(nonCanonical).getEncodedString())
                .as("erdtman JCS of the non-canonical text").isEqualTo(handCanonical);
        assertThat(PageContentHash.canonicalJson(7, 1, title, body)).isEqualTo(handCanonical);
        assertThat(PageContentHash.of(7, 1, title, body)).isEqualTo(sha256Hex(handCanonical));
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" hash differently")
    @CsvSource(delimiter = '|', value = {
        "<p>Hello</p>   | <p>Hallo</p>",
        "<p>Hello</p>   | '<p>Hello</p> '",
        "<p>Hello</p>   | <p>Hello.</p>",
        "<p>Hello</p>   | <P>Hello</p>",
    })
    void aOneCharacterBodyChangeChangesTheHash(String body, String changed) {
        assertThat(PageContentHash.of(123, 2, "SOP", body)).isNotEqualTo(PageContentHash.of(123, 2, "SOP", changed));
    }

    @Test
    void theBodyIsHashedExactlyAsStored_noLineEndingOrUnicodeNormalization() {
        String lf = PageContentHash.of(1, 1, "T", "<p>a</p>\n");
        assertThat(PageContentHash.of(1, 1, "T", "<p>a</p>\r\n")).isNotEqualTo(lf);
        assertThat(PageContentHash.of(1, 1, "T", "<p>a</p>")).isNotEqualTo(lf);
        assertThat(PageContentHash.of(1, 1, "T", "\u00e9")).isNotEqualTo(PageContentHash.of(1, 1, "T", "e\u0301"));
    }

    @Test
    void idVersionAndTitleAreBound() {
        String base = PageContentHash.of(123, 2, "SOP", "<p>Hello</p>");
        assertThat(PageContentHash.of(124, 2, "SOP", "<p>Hello</p>")).isNotEqualTo(base);
        assertThat(PageContentHash.of(123, 3, "SOP", "<p>Hello</p>")).isNotEqualTo(base);
        assertThat(PageContentHash.of(123, 2, "SOP ", "<p>Hello</p>")).isNotEqualTo(base);
        // Moving text between title and body is a different content.
        assertThat(PageContentHash.of(123, 2, "SO", "P<p>Hello</p>")).isNotEqualTo(base);
    }

    @Test
    void refusesWhatHasNoCanonicalForm() {
        assertThatThrownBy(() -> PageContentHash.of(1, 1, "T", "lone \ud800 surrogate"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> PageContentHash.of(0, 1, "T", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageContentHash.of(1, 0, "T", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageContentHash.of(1, 1, null, "")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PageContentHash.of(1, 1, "T", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPageVersionIsSignedAsConfluencePageWithItsContentHash() throws Exception {
        PageVersion page = new PageVersion(123, 2, "SOP", "<p>Hello</p>");
        String expected = sha256Hex("{\"body\":\"<p>Hello</p>\",\"id\":\"123\",\"title\":\"SOP\",\"version\":2}");

        assertThat(PageVersion.OBJECT_TYPE).isEqualTo("confluence.page");
        assertThat(page.contentHash()).isEqualTo(expected);
        SignableVersion signable = page.toSignable();
        assertThat(signable.object()).isEqualTo(new AuditedObject("confluence.page", "123", 2));
        assertThat(signable.contentHash()).isEqualTo(expected);
        assertThat(page.toString()).doesNotContain("Hello").contains("12 chars");
    }

    @Test
    void pageVersionsAreValidated() {
        assertThatThrownBy(() -> new PageVersion(0, 1, "T", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageVersion(1, 0, "T", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageVersion(1, 1, null, "")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PageVersion(1, 1, "T", null)).isInstanceOf(NullPointerException.class);
    }
}
