package org.eqms.atlassianapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every declaration in atlassian-api stands in for a real Atlassian type, so every top-level type must say in its
 * javadoc which docs.atlassian.com page it was checked against (DESIGN.md §3: never invent a member).
 */
class AtlassianApiCitationTest {

    private static final String CITATION = "https://docs.atlassian.com/";

    /** The start of a top-level type declaration: at column 0, after optional modifiers and annotations. */
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "^(?:(?:public|abstract|final|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    @Test
    void everyDeclaredTypeCitesTheDocsAtlassianComPageItWasCheckedAgainst() throws IOException {
        List<Path> sources = javaSources();
        assertFalse(sources.isEmpty(), "no .java files found under " + sourceRoot().toAbsolutePath());

        List<String> missing = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Matcher type = TOP_LEVEL_TYPE.matcher(text);
            boolean found = false;
            while (type.find()) {
                found = true;
                if (!javadocBefore(text, type.start()).contains(CITATION)) {
                    missing.add(source + ": " + type.group(1));
                }
            }
            if (!found) {
                missing.add(source + ": no top-level type found");
            }
        }
        assertTrue(missing.isEmpty(),
                "top-level types without a " + CITATION + " citation in their javadoc:\n  " + String.join("\n  ", missing));
    }

    @Test
    void aTypeWithoutCitationIsReported() {
        String uncited = "package a;\n/** Some type. */\npublic interface Foo {\n}\n";
        String cited = "package a;\n/** Some type. Checked against: " + CITATION + "x/Foo.html */\n@Deprecated\npublic interface Foo {\n}\n";
        Matcher m1 = TOP_LEVEL_TYPE.matcher(uncited);
        Matcher m2 = TOP_LEVEL_TYPE.matcher(cited);
        assertTrue(m1.find() && m2.find());
        assertFalse(javadocBefore(uncited, m1.start()).contains(CITATION));
        assertTrue(javadocBefore(cited, m2.start()).contains(CITATION));
    }

    /**
     * The javadoc that belongs to the declaration starting at {@code declarationStart}: the last javadoc comment
     * before it, provided only annotations and whitespace stand between the two.
     */
    private static String javadocBefore(String text, int declarationStart) {
        String head = text.substring(0, declarationStart);
        Matcher doc = JAVADOC.matcher(head);
        String last = "";
        int lastEnd = -1;
        while (doc.find()) {
            last = doc.group(1);
            lastEnd = doc.end();
        }
        if (lastEnd < 0) {
            return "";
        }
        String between = head.substring(lastEnd);
        // Only annotations (possibly with arguments) may sit between the javadoc and the declaration.
        String withoutAnnotations = between.replaceAll("@[\\w.]+(\\s*\\([^)]*\\))?", "").trim();
        return withoutAnnotations.isEmpty() ? last : "";
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(sourceRoot())) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Surefire runs with the module directory as working directory. */
    private static Path sourceRoot() {
        Path fromModule = Paths.get("src", "main", "java");
        return Files.isDirectory(fromModule) ? fromModule : Paths.get("atlassian-api", "src", "main", "java");
    }
}
