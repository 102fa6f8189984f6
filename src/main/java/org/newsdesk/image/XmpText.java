package org.newsdesk.image;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Caption, creator, credit line and accessibility alt text from an XMP packet. The packet's {@code <x:xmpmeta>}
 * element is cut out and parsed by a hardened parser: no DOCTYPE at all (so no entity expansion bombs), no
 * external entities, schemas or XInclude. Anything that does not parse yields nothing, never an error: a photo
 * with broken metadata is still a photo.
 */
final class XmpText {
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    static final String IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private XmpText() {
    }

    static EmbeddedText read(byte[] packet) {
        Optional<Element> root = parse(packet);
        if (root.isEmpty()) {
            return EmbeddedText.NONE;
        }
        List<Element> descriptions = elements(root.get().getElementsByTagNameNS(RDF, "Description"));
        String caption = languageAlternative(descriptions, DC, "description");
        String alt = languageAlternative(descriptions, IPTC_CORE, "AltTextAccessibility");
        String creators = String.join(", ", items(descriptions, DC, "creator"));
        String creditLine = simple(descriptions, PHOTOSHOP, "Credit");
        return new EmbeddedText(caption, EmbeddedText.credit(creators, creditLine), alt);
    }

    private static Optional<Element> parse(byte[] packet) {
        String text = new String(packet, StandardCharsets.UTF_8);
        int start = text.indexOf("<x:xmpmeta");
        int end = text.indexOf("</x:xmpmeta>");
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        byte[] xml = text.substring(start, end + "</x:xmpmeta>".length()).getBytes(StandardCharsets.UTF_8);
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return Optional.of(builder.parse(new ByteArrayInputStream(xml)).getDocumentElement());
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }

    static DocumentBuilderFactory hardenedFactory() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** A simple property, written either as an attribute of rdf:Description or as a child element. */
    private static String simple(List<Element> descriptions, String namespace, String name) {
        for (Element description : descriptions) {
            Attr attribute = description.getAttributeNodeNS(namespace, name);
            if (attribute != null && !attribute.getValue().isBlank()) {
                return attribute.getValue();
            }
            for (Element property : children(description, namespace, name)) {
                String value = property.getTextContent();
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        }
        return "";
    }

    /** An rdf:Alt of rdf:li in several languages: the x-default one, else the first. */
    private static String languageAlternative(List<Element> descriptions, String namespace, String name) {
        for (Element description : descriptions) {
            for (Element property : children(description, namespace, name)) {
                List<Element> items = elements(property.getElementsByTagNameNS(RDF, "li"));
                if (items.isEmpty()) {
                    return property.getTextContent();
                }
                for (Element item : items) {
                    if ("x-default".equalsIgnoreCase(item.getAttributeNS(XML, "lang"))) {
                        return item.getTextContent();
                    }
                }
                return items.get(0).getTextContent();
            }
        }
        return simple(descriptions, namespace, name);
    }

    /** An rdf:Seq or rdf:Bag of rdf:li: every non-blank item. */
    private static List<String> items(List<Element> descriptions, String namespace, String name) {
        List<String> values = new ArrayList<>();
        for (Element description : descriptions) {
            for (Element property : children(description, namespace, name)) {
                for (Element item : elements(property.getElementsByTagNameNS(RDF, "li"))) {
                    String value = item.getTextContent();
                    if (value != null && !value.isBlank()) {
                        values.add(value.strip());
                    }
                }
            }
        }
        return values;
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                list.add(element);
            }
        }
        return list;
    }
}
