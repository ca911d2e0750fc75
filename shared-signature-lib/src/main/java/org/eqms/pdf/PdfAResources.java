package org.eqms.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;

/**
 * What PDF/A needs from outside the document: embedded fonts (DejaVu, Bitstream Vera licence, see
 * {@code eqms/pdf/DejaVu-LICENSE.txt}) and an sRGB ICC profile for the output intent (ICC Profiles Free, zlib
 * licence, see {@code eqms/pdf/sRGB-LICENSE.txt}). Every font the CSS names is registered here, so no text falls
 * back to a non-embedded standard font.
 */
public final class PdfAResources {

    /** The sans-serif family (regular, bold, oblique) a document's CSS may name. */
    public static final String SANS = "DejaVu Sans";
    /** The monospaced family a document's CSS may name. */
    public static final String MONO = "DejaVu Sans Mono";

    private static final String BASE = "/eqms/pdf/";

    private PdfAResources() {
    }

    /** Registers the bundled fonts and the sRGB output intent on {@code builder}. */
    public static void apply(PdfRendererBuilder builder) {
        font(builder, "DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.OBLIQUE);
        font(builder, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
        builder.useColorProfile(bytes("sRGB.icc"));
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> stream(file), family, weight, style, true);
    }

    private static byte[] bytes(String file) {
        try (InputStream in = stream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PdfExportException("Cannot read bundled PDF resource " + BASE + file, e);
        }
    }

    private static InputStream stream(String file) {
        InputStream in = PdfAResources.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new PdfExportException("Bundled PDF resource missing: " + BASE + file, null);
        }
        return in;
    }
}
