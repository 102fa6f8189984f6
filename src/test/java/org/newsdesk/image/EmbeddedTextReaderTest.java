package org.newsdesk.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.TestImages;

/** Caption, credit and alt text from XMP and IPTC IIM segments injected into JPEGs made in code. */
class EmbeddedTextReaderTest {
    private final EmbeddedTextReader reader = new EmbeddedTextReader();

    private static final String XMP_FULL = "<rdf:Description rdf:about=\"\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\""
            + " xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\""
            + " photoshop:Credit=\"UNESCO\">"
            + "<dc:description><rdf:Alt><rdf:li xml:lang=\"fr\">Des élèves à l'atelier</rdf:li>"
            + "<rdf:li xml:lang=\"x-default\">Students at the bookbinding workshop, Tangier</rdf:li></rdf:Alt></dc:description>"
            + "<dc:creator><rdf:Seq><rdf:li>Jane Doe</rdf:li></rdf:Seq></dc:creator>"
            + "<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang=\"x-default\">Two students sew the spine of a book"
            + "</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>"
            + "</rdf:Description>";

    @Test
    void xmpGivesCaptionCreditAndAltText() {
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(80, 60), 0xE1, TestImages.xmp(XMP_FULL));
        EmbeddedText text = reader.read(jpeg);
        assertThat(text.caption()).isEqualTo("Students at the bookbinding workshop, Tangier");
        assertThat(text.credit()).isEqualTo("Jane Doe / UNESCO");
        assertThat(text.altText()).isEqualTo("Two students sew the spine of a book");
    }

    @Test
    void xmpPropertiesWrittenAsElementsToo() {
        String description = "<rdf:Description xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\">"
                + "<photoshop:Credit>Reuters</photoshop:Credit></rdf:Description>";
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(80, 60), 0xE1, TestImages.xmp(description));
        assertThat(reader.read(jpeg)).isEqualTo(new EmbeddedText("", "Reuters", ""));
    }

    @Test
    void iptcIimGivesCaptionByLineAndCredit() {
        Map<Integer, String> record2 = new LinkedHashMap<>();
        record2.put(120, "Le ministre inaugure le festival à Tanger");
        record2.put(80, "Karim Benali");
        record2.put(110, "AFP");
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(80, 60), 0xED, TestImages.iptc(record2, true));
        assertThat(reader.read(jpeg)).isEqualTo(
                new EmbeddedText("Le ministre inaugure le festival à Tanger", "Karim Benali / AFP", ""));
    }

    @Test
    void iptcIimWithoutACharsetIsLatin1() {
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(80, 60), 0xED,
                TestImages.iptc(Map.of(120, "Fête à Genève"), false));
        assertThat(reader.read(jpeg).caption()).isEqualTo("Fête à Genève");
    }

    @Test
    void xmpWinsAndIptcFillsWhatXmpLeavesOut() {
        String description = "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">From XMP</rdf:li></rdf:Alt></dc:description>"
                + "</rdf:Description>";
        byte[] jpeg = TestImages.withSegment(TestImages.withSegment(TestImages.jpeg(80, 60), 0xED,
                TestImages.iptc(Map.of(120, "From IIM", 110, "IIM credit"), true)), 0xE1, TestImages.xmp(description));
        assertThat(reader.read(jpeg)).isEqualTo(new EmbeddedText("From XMP", "IIM credit", ""));
    }

    @Test
    void aDoctypeInXmpIsNeverParsedSoNoEntityCanExpand() {
        String bomb = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><!DOCTYPE x [<!ENTITY a "
                + "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rdf:RDF"
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
                + " xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" photoshop:Credit=\"&b;\"/></rdf:RDF></x:xmpmeta>";
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(80, 60), 0xE1, bomb.getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(jpeg)).isEqualTo(EmbeddedText.NONE);
    }

    @Test
    void anExternalEntityIsNeverFetched() {
        String xxe = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
                + " xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" photoshop:Credit=\"&xxe;\"/></rdf:RDF></x:xmpmeta>";
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(80, 60), 0xE1, xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(jpeg)).isEqualTo(EmbeddedText.NONE);
    }

    @Test
    void brokenOrLyingSegmentsGiveNothingAndNoError() {
        byte[] jpeg = TestImages.jpeg(80, 60);
        assertThat(reader.read(jpeg)).isEqualTo(EmbeddedText.NONE);
        byte[] lyingLength = jpeg.clone();
        lyingLength[4] = (byte) 0xFF; // the first segment claims to run past the end of the file
        lyingLength[5] = (byte) 0xFF;
        assertThat(reader.read(lyingLength)).isEqualTo(EmbeddedText.NONE);
        byte[] badIptc = TestImages.withSegment(jpeg, 0xED, "Photoshop 3.0\u00008BIM\u0004\u0004\u0000\u0000\u00ff\u00ff\u00ff\u00ff"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(reader.read(badIptc)).isEqualTo(EmbeddedText.NONE);
        assertThat(reader.read(TestImages.png(10, 10, false))).isEqualTo(EmbeddedText.NONE);
    }

    @Test
    void controlCharactersAndRunsOfSpaceAreCleaned() {
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(80, 60), 0xED,
                TestImages.iptc(Map.of(120, "A \u0007caption\r\n  on two lines"), true));
        assertThat(reader.read(jpeg).caption()).isEqualTo("A caption on two lines");
    }
}
