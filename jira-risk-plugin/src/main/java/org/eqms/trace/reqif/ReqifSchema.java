package org.eqms.trace.reqif;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OMG ReqIF XML schema ({@code reqif/reqif.xsd}, unmodified), with its two imports resolved to bundled
 * stand-ins (see {@code reqif/PROVENANCE.md}): nothing is ever fetched. Validates a whole file as a stream (SAX),
 * refusing DTDs and external entities, and reports the first violation with its line and column.
 */
public final class ReqifSchema {

    private static final Map<String, String> BUNDLED = Map.of(
            "http://www.w3.org/2001/xml.xsd", "/reqif/xml.xsd",
            "http://www.omg.org/spec/ReqIF/20110402/driver.xsd", "/reqif/xhtml-driver-stand-in.xsd");

    private final Schema schema;

    public ReqifSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setResourceResolver(bundledOnly());
            URL main = resource("/reqif/reqif.xsd");
            try (InputStream in = main.openStream()) {
                schema = factory.newSchema(new StreamSource(in, main.toExternalForm()));
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the bundled ReqIF schema cannot be loaded", e);
        }
    }

    /** Validates one ReqIF file; throws {@link InvalidReqifException} ({@code reqif_invalid}) at the first violation. */
    public void validate(InputStream reqif) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(THROWING);
            validator.validate(new StreamSource(reqif));
        } catch (SAXParseException e) {
            throw new InvalidReqifException(InvalidReqifException.INVALID, "The file breaks the ReqIF schema at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage(),
                    "Export the module again from the requirements tool; hand-edited ReqIF is rarely valid.", e);
        } catch (SAXException | IOException e) {
            throw new InvalidReqifException(InvalidReqifException.MALFORMED, "The file could not be read as XML: "
                    + e.getMessage(), "Upload the .reqif file as the requirements tool wrote it.", e);
        }
    }

    private static LSResourceResolver bundledOnly() {
        return (type, namespace, publicId, systemId, baseUri) -> {
            String local = BUNDLED.get(systemId);
            if (local == null) {
                throw new IllegalStateException("the ReqIF schema asked for " + systemId + ", which is not bundled");
            }
            return new BundledInput(systemId, resource(local));
        };
    }

    private static URL resource(String path) {
        URL url = ReqifSchema.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing bundled resource " + path);
        }
        return url;
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    /** A schema document served from the class path under its public location. */
    private record BundledInput(String systemId, URL url) implements LSInput {

        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled schema " + url, e);
            }
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
