package org.eqms.trace.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

class XlsxExportTest {

    private static final int ROWS = 120_000;

    @Test
    void writes120000RowsWithin256MbOfHeapAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("risk-register.xlsx");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                XlsxHeapProbe.class.getName(), xlsx.toString(), Integer.toString(ROWS))
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(Long.parseLong(output.strip().replaceAll("(?s).*maxMemory=", ""))).isLessThanOrEqualTo(256L << 20);
        try (Stream<Path> left = Files.walk(tmp)) {
            assertThat(left.filter(Files::isRegularFile)).as("temporary files left behind").isEmpty();
        }
        TreeMap<Integer, List<String>> kept = firstAndLastRows(xlsx);
        assertThat(kept.get(0)).isEqualTo(RiskRegisterRows.HEADERS);
        assertThat(kept.get(1)).isEqualTo(RiskRegisterRows.row(0));
        assertThat(kept.lastKey()).isEqualTo(ROWS);
        assertThat(kept.lastEntry().getValue()).isEqualTo(RiskRegisterRows.row(ROWS - 1));
    }

    @Test
    void formulaLookingCellsStayTextAndGetTheQuotePrefixStyle() throws IOException {
        byte[] xlsx = write(List.of("ID", "Summary"), List.of(List.of("R-1", "=HYPERLINK(\"http://evil.example\")"),
                List.of("-5", "@SUM(A1)"), List.of("R-3", "plain")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Trace matrix");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("-5");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void cutsACellLongerThanExcelAllowsAndSaysSo() throws IOException {
        byte[] xlsx = write(List.of("Text"), List.of(List.of("x".repeat(40_000))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String cell = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(32_767).endsWith(XlsxExport.TRUNCATED);
        }
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> write(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 1 cells");
    }

    private static byte[] write(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExport().write(new ExportTable(headers, rows.iterator()), "Trace matrix", out);
        return out.toByteArray();
    }

    /** Reads the sheet with POI's event (SAX) API, keeping only the header, the first and the last row. */
    private static TreeMap<Integer, List<String>> firstAndLastRows(Path xlsx) throws Exception {
        TreeMap<Integer, List<String>> kept = new TreeMap<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), new XSSFSheetXMLHandler.SheetContentsHandler() {
                        private List<String> cells;
                        private int row;

                        @Override
                        public void startRow(int rowNum) {
                            row = rowNum;
                            cells = new ArrayList<>();
                        }

                        @Override
                        public void endRow(int rowNum) {
                            if (rowNum <= 1 || rowNum > kept.lastKey()) {
                                if (kept.size() == 3) {
                                    kept.pollLastEntry();
                                }
                                kept.put(row, cells);
                            }
                        }

                        @Override
                        public void cell(String reference, String value, XSSFComment comment) {
                            cells.add(value);
                        }
                    }, new DataFormatter(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        return kept;
    }
}
