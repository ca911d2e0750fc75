package org.eqms.sandbox.confluence;

import org.eqms.confluence.macro.StorageFormatView;
import org.eqms.confluence.pdf.PdfLabels;
import org.eqms.confluence.pdf.StorageFormatException;
import org.eqms.confluence.pdf.StorageFormatToXhtml;
import org.eqms.sandbox.SandboxPage;

/**
 * The sandbox's storage-format renderer (Confluence brings its own): the app's allow-list conversion
 * ({@link StorageFormatToXhtml}: known structural elements and escaped text only, no attribute but col/rowspan, no
 * script, link or image), so a hostile body cannot inject HTML. A body that is not well-formed is shown as escaped
 * text instead.
 */
public final class SandboxStorageFormatView implements StorageFormatView {
    private final StorageFormatToXhtml converter = new StorageFormatToXhtml(PdfLabels.english());

    @Override
    public String toViewHtml(String storageFormat) {
        try {
            return converter.convert(storageFormat);
        } catch (StorageFormatException e) {
            return "<pre class=\"sbx-unrendered\">" + SandboxPage.escape(storageFormat) + "</pre>";
        }
    }
}
