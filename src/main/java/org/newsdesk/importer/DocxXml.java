package org.newsdesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The parts of a Word file as plain DOM trees, read with no DTDs or external entities, and the few helpers that make
 * WordprocessingML readable: children by local name in the "w" namespace, and its on/off and val attributes.
 */
final class DocxXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private DocxXml() {
    }

    static Document parse(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return builder().parse(in);
        } catch (SAXException e) {
            throw new IOException(part.getPartName().getName() + " is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    /** The part the document part points to with a relationship of {@code type} (e.g. "footnotes"), if any. */
    static Optional<PackagePart> related(PackagePart from, String type) {
        try {
            for (PackageRelationship rel : from.getRelationshipsByType(REL + type)) {
                PackagePart part = from.getRelatedPart(rel);
                if (part != null) {
                    return Optional.of(part);
                }
            }
        } catch (InvalidFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static boolean isW(Node node, String localName) {
        return node instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element {@code w:localName}, or null. */
    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** Every descendant {@code w:localName} not inside another one (text box contents, say). */
    static List<Element> outermost(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        collect(root, localName, out);
        return out;
    }

    private static void collect(Element parent, String localName, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (isW(e, localName)) {
                    out.add(e);
                } else {
                    collect(e, localName, out);
                }
            }
        }
    }

    /** The w:val attribute, or null. */
    static String val(Element element) {
        return attr(element, "val");
    }

    static String attr(Element element, String localName) {
        if (element == null) {
            return null;
        }
        String value = element.getAttributeNS(W, localName);
        return value.isEmpty() ? null : value;
    }

    /** An on/off property such as {@code <w:b/>}: present and not "0", "false" or "off". */
    static boolean on(Element properties, String localName) {
        Element flag = child(properties, localName);
        if (flag == null) {
            return false;
        }
        String value = val(flag);
        return value == null || !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off"));
    }

    /** {@code <w:b w:val="0"/>}: explicitly off, as opposed to not said. */
    static boolean explicitlyOff(Element properties, String localName) {
        Element flag = child(properties, localName);
        return flag != null && !on(properties, localName);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No safe XML parser", e);
        }
    }
}
