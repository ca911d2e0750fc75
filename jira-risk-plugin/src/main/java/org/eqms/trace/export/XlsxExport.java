package org.eqms.trace.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an {@link ExportTable} as an Excel workbook (.xlsx) with POI's streaming {@link SXSSFWorkbook}: only the
 * last {@value #ROW_WINDOW} rows are in memory, older ones are flushed to a compressed temporary file, and the
 * temporary files are deleted when the export ends, whether it succeeded or not (since POI 5.3, closing an
 * {@code SXSSFWorkbook} disposes of them; {@code dispose()} is deprecated). 120,000 rows fit in a 256 MB heap
 * (proved by {@code XlsxExportTest}).
 *
 * <p>Every cell is a text cell, so nothing in it is ever evaluated. Cells that a spreadsheet would take for a
 * formula if the user edited them ({@link FormulaInjectionGuard}) additionally get Excel's "quote prefix" style,
 * which keeps them text after editing, without changing the text itself. The header row is bold and frozen. A
 * cell longer than Excel's limit of 32,767 characters is cut there, ending in {@value #TRUNCATED}.
 */
public final class XlsxExport {

    static final int ROW_WINDOW = 100;
    static final String TRUNCATED = "… [truncated]";
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** Writes the table as one sheet named {@code sheetName} (made safe for Excel) and leaves {@code out} open. */
    public void write(ExportTable table, String sheetName, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Styles styles = Styles.of(workbook);
            header(sheet, table.headers(), styles);
            int rowIndex = 0;
            while (table.rows().hasNext()) {
                if (rowIndex == MAX_DATA_ROWS) {
                    throw new ExportTooLargeException("The export has more than " + MAX_DATA_ROWS
                            + " rows, more than an Excel sheet holds.", "Export as CSV, or narrow the filter.");
                }
                List<String> cells = table.nextRow(rowIndex + 1L);
                row(sheet.createRow(++rowIndex), cells, styles);
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(fit(headers.get(i)));
            row.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, 256 * Math.max(12, Math.min(60, headers.get(i).length() + 4)));
        }
        sheet.createFreezePane(0, 1);
    }

    private static void row(Row row, List<String> cells, Styles styles) {
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text == null || text.isEmpty()) {
                continue;
            }
            var cell = row.createCell(i);
            cell.setCellValue(fit(text));
            if (FormulaInjectionGuard.isRisky(text)) {
                cell.setCellStyle(styles.quotePrefixed);
            }
        }
    }

    private static String fit(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - TRUNCATED.length()) + TRUNCATED;
    }

    private record Styles(CellStyle header, CellStyle quotePrefixed) {

        static Styles of(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle quotePrefixed = workbook.createCellStyle();
            quotePrefixed.setQuotePrefixed(true);
            return new Styles(header, quotePrefixed);
        }
    }
}
