package org.eqms.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines exactly as {@code eqms-audit-export/1} writes them: UTF-8, each line ended by LF. A CR, a
 * missing final LF (a file cut short) or invalid UTF-8 is reported, not silently repaired.
 */
final class StrictLineReader {
    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private boolean lastLineUnterminated;

    StrictLineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its LF, or null at the end. */
    String readLine() throws IOException {
        buffer.reset();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return decode();
            }
            buffer.write(b);
        }
        if (buffer.size() == 0) {
            return null;
        }
        lastLineUnterminated = true;
        return decode();
    }

    /** True once a line was read that the file did not end with an LF. */
    boolean lastLineUnterminated() {
        return lastLineUnterminated;
    }

    private String decode() throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(buffer.toByteArray()))
                .toString();
    }
}
