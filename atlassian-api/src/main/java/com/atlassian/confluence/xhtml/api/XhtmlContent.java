package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;

import javax.xml.stream.XMLStreamException;

/**
 * Converts between Confluence's storage and view formats (a product component, injected with
 * {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/xhtml/api/XhtmlContent.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/confluence/xhtml/api/XhtmlContent.html.
 * Only {@code convertStorageToView(String, ConversionContext)} is declared; the super-interfaces
 * ({@code MacroDefinitionTransformer}, {@code WikiToStorageConverter}) are left out as nothing here calls them.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/xhtml/api/XhtmlContent.html">XhtmlContent</a>
 */
public interface XhtmlContent {

    /** @return the view-format (HTML) rendering of the storage-format fragment */
    String convertStorageToView(String storage, ConversionContext context) throws XMLStreamException, XhtmlException;
}
