package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.xhtml.api.XhtmlContent;

import javax.xml.stream.XMLStreamException;
import java.util.Objects;

/** {@link StorageFormatView} in Confluence: the product's own storage-to-view conversion, in the macro's context. */
public final class XhtmlStorageFormatView implements StorageFormatView {
    private final XhtmlContent xhtml;
    private final ConversionContext context;
    private final MacroServices services;

    public XhtmlStorageFormatView(XhtmlContent xhtml, ConversionContext context, MacroServices services) {
        this.xhtml = Objects.requireNonNull(xhtml, "xhtml");
        this.context = context;
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public String toViewHtml(String storageFormat) {
        try {
            return xhtml.convertStorageToView(storageFormat, context);
        } catch (XMLStreamException | XhtmlException e) {
            throw services.refuse("eqms.macro.error.render-failed");
        }
    }
}
