package org.newsdesk.importer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * A German press release written as Microsoft Word writes its XML, authored here part by part (no Word file from
 * elsewhere is committed; see src/test/resources/docx/README.md). It holds what LibreOffice never writes:
 * {@code w:fldSimple} fields (a HYPERLINK and a DATE), a HYPERLINK field whose code is split over several
 * {@code w:instrText} runs and has a tooltip, content controls at block, row and cell level, Word's localised
 * style ids ({@code berschrift1} for "heading 1", {@code Beschriftung} for "caption"), moved text
 * ({@code w:moveFrom}/{@code w:moveTo}), a text box as {@code mc:AlternateContent} whose {@code mc:Fallback}
 * repeats its words for old readers, Word's note separators and a comment with {@code w:annotationRef}.
 */
final class WordLikeDocx {
    static final String FILE_NAME = "word-like-brunnen.docx";

    private static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String NAMESPACES = "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:w10=\"urn:schemas-microsoft-com:office:word\" " + W_NS
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\""
            + " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " mc:Ignorable=\"w14 w15 wp14\"";

    private WordLikeDocx() {
    }

    /** Writes the document into {@code folder} and returns its path. */
    static Path write(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : parts().entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> parts() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(PACKAGE_RELS));
        parts.put("word/_rels/document.xml.rels", utf8(DOCUMENT_RELS));
        parts.put("word/document.xml", utf8(DOCUMENT));
        parts.put("word/styles.xml", utf8(STYLES));
        parts.put("word/numbering.xml", utf8(NUMBERING));
        parts.put("word/footnotes.xml", utf8(FOOTNOTES));
        parts.put("word/comments.xml", utf8(COMMENTS));
        parts.put("word/media/image1.png", photo());
        return parts;
    }

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A small photo made here: a blue well on sand. */
    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD8C08A));
        g.fillRect(0, 0, 160, 100);
        g.setColor(new Color(0x2F6DB5));
        g.fillOval(50, 20, 60, 60);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="png" ContentType="image/png"/>\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
            <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\
            <Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>\
            </Types>""";

    private static final String PACKAGE_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>""";

    private static final String DOCUMENT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>\
            <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>\
            <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>\
            <Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/spenden" TargetMode="External"/>\
            </Relationships>""";

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles %s>\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>\
            <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>\
            <w:next w:val="Standard"/><w:link w:val="berschrift1Zchn"/><w:uiPriority w:val="9"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr>\
            <w:rPr><w:sz w:val="32"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>\
            <w:next w:val="Standard"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="26"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/>\
            <w:next w:val="Standard"/><w:uiPriority w:val="10"/><w:qFormat/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Beschriftung"><w:name w:val="caption"/><w:basedOn w:val="Standard"/>\
            <w:next w:val="Standard"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Listenabsatz"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standard"/>\
            <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Funotentext"><w:name w:val="footnote text"/><w:basedOn w:val="Standard"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Kommentartext"><w:name w:val="annotation text"/><w:basedOn w:val="Standard"/></w:style>\
            <w:style w:type="character" w:styleId="Funotenzeichen"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Kommentarzeichen"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>\
            <w:style w:type="table" w:styleId="Tabellenraster"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>\
            </w:styles>""".formatted(W_NS);

    private static final String NUMBERING = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering %s>\
            <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>""".formatted(W_NS);

    private static final String FOOTNOTES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:footnotes %s>\
            <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
            <w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
            <w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
            <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="Funotentext"/></w:pPr>\
            <w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteRef/></w:r>\
            <w:r><w:t xml:space="preserve"> Zahlen des Wasserministeriums, Februar 2026.</w:t></w:r></w:p></w:footnote>\
            </w:footnotes>""".formatted(NAMESPACES);

    private static final String COMMENTS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:comments %s>\
            <w:comment w:id="0" w:author="Lena Vogt" w:date="2026-03-03T09:12:00Z" w:initials="LV">\
            <w:p><w:pPr><w:pStyle w:val="Kommentartext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Kommentarzeichen"/></w:rPr>\
            <w:annotationRef/></w:r><w:r><w:t>Sind es wirklich zwölf?</w:t></w:r></w:p></w:comment>\
            </w:comments>""".formatted(NAMESPACES);

    /** A Word text box: the drawing for current Word, then the same words again as VML for old readers. */
    private static final String TEXT_BOX = """
            <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>\
            <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" \
            behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>\
            <wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>\
            <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>\
            <wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/>\
            <wp:docPr id="217" name="Textfeld 2"/><wp:cNvGraphicFramePr/>\
            <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1">\
            <a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/>\
            <a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>\
            <wps:txbx><w:txbxContent><w:p><w:r><w:t>Spendenkonto bei der Stadtsparkasse, Stichwort Brunnen.</w:t></w:r></w:p>\
            </w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t" anchorCtr="0"><a:spAutoFit/>\
            </wps:bodyPr></wps:wsp></a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth>\
            </wp14:sizeRelH></wp:anchor></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\
            <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>\
            <v:shape id="Textfeld 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:283.5pt;\
            margin-top:0;width:185.9pt;height:110.6pt;z-index:251659264" stroked="t"><v:textbox style="mso-fit-shape-to-text:t">\
            <w:txbxContent><w:p><w:r><w:t>Spendenkonto bei der Stadtsparkasse, Stichwort Brunnen.</w:t></w:r></w:p>\
            </w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""";

    private static final String PICTURE = """
            <w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">\
            <wp:extent cx="1524000" cy="952500"/><wp:effectExtent l="0" t="0" r="0" b="0"/>\
            <wp:docPr id="1" name="Grafik 1" descr="Ein Brunnen mit blauer Abdeckung"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>\
            </wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
            <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
            <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>\
            <pic:cNvPr id="1" name="brunnen.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId5">\
            <a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi \
            xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext></a:extLst></a:blip>\
            <a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1524000" cy="952500"/>\
            </a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>\
            </wp:inline></w:drawing></w:r>""";

    private static String field(String code, String result) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + code
                + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>"
                + result + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static final String DOCUMENT = ("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document %s><w:body>\
            <w:p w:rsidR="00B2417C" w:rsidRDefault="00B2417C"><w:pPr><w:pStyle w:val="Titel"/></w:pPr>\
            <w:r><w:t>Neue Brunnen für zwölf Dörfer</w:t></w:r></w:p>\
            <w:p w:rsidR="00B2417C" w:rsidRDefault="00B2417C"><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>\
            <w:r><w:t xml:space="preserve">Die Organisation hat im Februar </w:t></w:r><w:commentRangeStart w:id="0"/>\
            <w:r><w:t>zwölf Brunnen</w:t></w:r><w:commentRangeEnd w:id="0"/>\
            <w:r><w:rPr><w:rStyle w:val="Kommentarzeichen"/></w:rPr><w:commentReference w:id="0"/></w:r>\
            <w:r><w:t xml:space="preserve"> gebohrt</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr>\
            <w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">, teilte das </w:t></w:r><w:proofErr w:type="spellStart"/>\
            <w:r><w:t>Regionalbüro</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve"> am Montag mit.</w:t></w:r></w:p>\
            <w:p><w:r><w:t xml:space="preserve">Die Bauarbeiten dauerten </w:t></w:r>\
            <w:del w:id="1" w:author="Lena Vogt" w:date="2026-03-03T09:20:00Z"><w:r><w:delText>sechs</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="Lena Vogt" w:date="2026-03-03T09:20:00Z"><w:r><w:t>acht</w:t></w:r></w:ins>\
            <w:r><w:t xml:space="preserve"> Wochen. </w:t></w:r><w:moveToRangeStart w:id="3" w:author="Lena Vogt" w:date="2026-03-03T09:21:00Z" w:name="move1"/>\
            <w:moveTo w:id="4" w:author="Lena Vogt" w:date="2026-03-03T09:21:00Z"><w:r><w:t>Jeder Brunnen versorgt dreihundert Menschen.</w:t></w:r></w:moveTo>\
            <w:moveToRangeEnd w:id="3"/>%s</w:p>\
            <w:sdt><w:sdtPr><w:alias w:val="Zitat"/><w:tag w:val="quote"/><w:id w:val="-1583290451"/></w:sdtPr><w:sdtContent>\
            <w:p><w:r><w:t>„Das Wasser ist jetzt sauber“, sagte die Bürgermeisterin.</w:t></w:r></w:p></w:sdtContent></w:sdt>\
            <w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Finanzierung</w:t></w:r></w:p>\
            <w:p><w:moveFromRangeStart w:id="5" w:author="Lena Vogt" w:date="2026-03-03T09:21:00Z" w:name="move1"/>\
            <w:moveFrom w:id="6" w:author="Lena Vogt" w:date="2026-03-03T09:21:00Z"><w:r><w:t xml:space="preserve">Jeder Brunnen versorgt dreihundert Menschen. </w:t></w:r></w:moveFrom>\
            <w:moveFromRangeEnd w:id="5"/><w:r><w:t xml:space="preserve">Einzelheiten stehen auf der </w:t></w:r>\
            <w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/brunnen&quot; "><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>\
            <w:t>Projektseite</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve">; die </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK </w:instrText></w:r>\
            <w:r><w:instrText xml:space="preserve">"https://example.org/karte" \\o "Tooltip öffnet</w:instrText></w:r>\
            <w:r><w:instrText xml:space="preserve"> Standorte" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Karte der</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>\
            <w:t xml:space="preserve"> Dörfer</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:t xml:space="preserve"> zeigt alle Standorte. Spenden: </w:t></w:r><w:hyperlink r:id="rId6" w:history="1">\
            <w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Spendenseite</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>\
            <w:p><w:r><w:t xml:space="preserve">Stand: </w:t></w:r><w:fldSimple w:instr=" DATE \\@ &quot;d. MMMM yyyy&quot; ">\
            <w:r><w:t>4. März 2026</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve">, Seite </w:t></w:r>%s</w:p>\
            <w:p><w:pPr><w:pStyle w:val="Listenabsatz"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
            <w:r><w:t>Pumpen aus lokaler Fertigung</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Listenabsatz"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
            <w:r><w:t xml:space="preserve">Ansprechpartnerin vor Ort: </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="Name"/><w:tag w:val="name"/>\
            <w:id w:val="1437025873"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>Amira Chouaib</w:t></w:r></w:sdtContent></w:sdt></w:p>\
            <w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/><w:tblW w:w="0" w:type="auto"/>\
            <w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>\
            <w:tblGrid><w:gridCol w:w="4531"/><w:gridCol w:w="4531"/></w:tblGrid>\
            <w:tr><w:tc><w:tcPr><w:tcW w:w="4531" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Dorf</w:t></w:r></w:p></w:tc>\
            <w:tc><w:tcPr><w:tcW w:w="4531" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Tiefe</w:t></w:r></w:p></w:tc></w:tr>\
            <w:sdt><w:sdtPr><w:id w:val="-1200000000"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>\
            <w:sdt><w:sdtPr><w:id w:val="-1200000001"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>\
            <w:tr><w:tc><w:tcPr><w:tcW w:w="4531" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Kóra</w:t></w:r></w:p></w:tc>\
            <w:sdt><w:sdtPr><w:id w:val="900000001"/><w:text/></w:sdtPr><w:sdtContent>\
            <w:tc><w:tcPr><w:tcW w:w="4531" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>42 Meter</w:t></w:r></w:p></w:tc>\
            </w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:sdtContent></w:sdt></w:tbl>\
            <w:p/>\
            <w:p><w:pPr><w:keepNext/></w:pPr>%s</w:p>\
            <w:p><w:pPr><w:pStyle w:val="Beschriftung"/></w:pPr><w:r><w:t xml:space="preserve">Abbildung </w:t></w:r>%s\
            <w:r><w:t>: Der neue Brunnen in Kóra</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="berschrift2"/></w:pPr><w:r><w:t>Stimmen aus dem Dorf</w:t></w:r></w:p>\
            <w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rFonts w:hint="cs"/><w:rtl/><w:lang w:bidi="ar-MA"/></w:rPr>\
            <w:t>الماء نظيف الآن</w:t></w:r></w:p>\
            <w:p><w:r><w:t>Die Organisation plant weitere Brunnen im Herbst.</w:t></w:r></w:p>\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" \
            w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>\
            </w:body></w:document>""").formatted(NAMESPACES, TEXT_BOX, "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>",
            PICTURE, field(" SEQ Abbildung \\* ARABIC ", "1"));
}
