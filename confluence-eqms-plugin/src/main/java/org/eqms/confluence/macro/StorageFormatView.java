package org.eqms.confluence.macro;

/**
 * Port: turns a locked snapshot's storage-format XHTML into the HTML a reader sees. In Confluence the product's own
 * renderer ({@code XhtmlContent.convertStorageToView}, see {@link XhtmlStorageFormatView}), which also sanitises it;
 * the sandbox brings its own. Its result is inserted unescaped, so an implementation must return safe HTML.
 */
@FunctionalInterface
public interface StorageFormatView {
    String toViewHtml(String storageFormat);
}
