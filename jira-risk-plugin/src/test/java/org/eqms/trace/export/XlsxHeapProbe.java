package org.eqms.trace.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@code XlsxExportTest} with a fixed small heap: writes a generated risk register of the
 * given number of rows to the given file and prints the heap limit it ran under.
 */
public final class XlsxHeapProbe {

    private XlsxHeapProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new XlsxExport().write(new ExportTable(RiskRegisterRows.HEADERS, new RiskRegisterRows(rows)),
                    "Risk register", out);
        }
        System.out.println("maxMemory=" + Runtime.getRuntime().maxMemory());
    }
}
