package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxImporterTest {
    private static final ImportDefaults DEFAULTS = new ImportDefaults(Language.of("fr"), Instant.parse("2026-03-01T09:00:00Z"));
    @TempDir
    Path dir;
    private final DocxImporter importer = new DocxImporter();

    @Test
    void keepsHeadlineHeadingsMarksNestedListsAndLinks() throws Exception {
        Article article = read(write("release.docx", DocxImporterTest::release));
        assertThat(article.headline()).isEqualTo("Heritage classrooms open");
        assertThat(article.standfirst()).isEqualTo("Schools in 40 cities take part");
        assertThat(article.language()).isEqualTo(Language.of("fr"));
        List<Block> blocks = article.body().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.HEADING,
                BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.NUMBERED_ITEM,
                BlockType.NUMBERED_ITEM, BlockType.HEADING, BlockType.IMAGE, BlockType.PARAGRAPH, BlockType.TABLE);
        assertThat(blocks.get(0).runs()).containsExactly(TextRun.plain("Pupils "), TextRun.of("study", Mark.BOLD),
                TextRun.plain(" "), TextRun.of("monuments", Mark.ITALIC), TextRun.plain(", "),
                TextRun.of("underlined", Mark.UNDERLINE), TextRun.plain(", "), TextRun.of("struck", Mark.STRIKETHROUGH),
                TextRun.plain(", E=mc"), TextRun.of("2", Mark.SUPERSCRIPT), TextRun.plain(", H"),
                TextRun.of("2", Mark.SUBSCRIPT), TextRun.plain("O with "),
                TextRun.link("historians", "https://example.org/h"), TextRun.plain("."));
        assertThat(blocks.get(1).level()).isEqualTo(2);
        assertThat(blocks.get(1).text()).isEqualTo("What it offers");
        assertThat(blocks.subList(2, 7)).extracting(Block::level).containsExactly(0, 1, 0, 0, 1);
        assertThat(blocks.get(3).text()).isEqualTo("in three languages");
        assertThat(blocks.get(7).level()).as("a later Heading 1 becomes a level-2 heading").isEqualTo(2);
        assertThat(blocks.get(8).image().assetId()).isEqualTo(org.newsdesk.image.Sha256.hex(TINY_PNG));
        assertThat(blocks.get(9).text()).isEqualTo("Text after the picture.");
        assertThat(blocks.get(10).table().cell(0, 0).text()).as("a table stays a table").isEqualTo("In a table");
    }

    @Test
    void withoutAHeadingTheTitlePropertyOrFileNameIsTheHeadline() throws Exception {
        Article titled = read(write("untitled-note.docx", doc -> {
            doc.getProperties().getCoreProperties().setTitle("From the properties");
            doc.createParagraph().createRun().setText("Just text.");
        }));
        assertThat(titled.headline()).isEqualTo("From the properties");
        Article named = read(write("annual_report.docx", doc -> doc.createParagraph().createRun().setText("Text.")));
        assertThat(named.headline()).isEqualTo("annual report");
        assertThat(named.body().blocks()).extracting(Block::text).containsExactly("Text.");
    }

    @Test
    void aTextFileNamedDocxIsRefused() throws Exception {
        Path fake = dir.resolve("notes.docx");
        Files.writeString(fake, "Just some notes, not a Word file.", StandardCharsets.UTF_8);
        assertRefused(fake, "is not a Word document");
    }

    @Test
    void aRandomZipNamedDocxIsRefused() throws Exception {
        Path zip = dir.resolve("photos.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused(zip, "not a readable Word document");
    }

    @Test
    void aSpreadsheetNamedDocxIsRefused() throws Exception {
        Path sheet = dir.resolve("budget.docx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(sheet)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("42");
            workbook.write(out);
        }
        assertRefused(sheet, "is not a Word document");
    }

    @Test
    void malformedXmlIsRefused() throws Exception {
        Path good = write("good.docx", doc -> doc.createParagraph().createRun().setText("Text."));
        Path broken = dir.resolve("broken.docx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals("word/document.xml")
                        ? "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                                .getBytes(StandardCharsets.UTF_8)
                        : in.readAllBytes());
                out.closeEntry();
            }
        }
        assertRefused(broken, "not a readable Word document");
    }

    @Test
    void anUnsafeEntryNameInsideADocxIsRefused() throws Exception {
        Path evil = dir.resolve("evil.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("../../evil.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused(evil, "unsafe path");
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    private void assertRefused(Path file, String why) {
        assertThatThrownBy(() -> importer.read(file, DEFAULTS)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(why)
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
    }

    @Test
    void embeddedPhotosComeAlongWithWordsAltTextAndCaption() throws Exception {
        byte[] jpeg = org.newsdesk.testing.TestImages.withSegment(org.newsdesk.testing.TestImages.jpeg(300, 200),
                0xED, org.newsdesk.testing.TestImages.iptc(java.util.Map.of(110, "UNICEF"), true));
        Path file = write("photo.docx", doc -> {
            XWPFRun run = doc.createParagraph().createRun();
            run.addPicture(new ByteArrayInputStream(jpeg), Document.PICTURE_TYPE_JPEG, "pump.jpg", 952500, 635000);
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("A blue pump in a schoolyard");
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle("Caption");
            caption.createRun().setText("The new pump at Kibera school.");
            doc.createParagraph().createRun().setText("Then more text.");
        });
        List<ImportedArticle> imported = importer.read(file, DEFAULTS);
        List<Block> blocks = imported.get(0).article().body().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(BlockType.IMAGE, BlockType.PARAGRAPH);
        assertThat(blocks.get(0).image()).isEqualTo(new org.newsdesk.model.ImageRef(org.newsdesk.image.Sha256.hex(jpeg),
                "The new pump at Kibera school.", "UNICEF", "A blue pump in a schoolyard", null));
        assertThat(imported.get(0).images()).singleElement().satisfies(image -> assertThat(image.bytes()).isEqualTo(jpeg));
    }

    @Test
    void aDamagedEmbeddedPhotoIsLeftOutWithAWarningAndTheTextComesIn() throws Exception {
        byte[] jpeg = org.newsdesk.testing.TestImages.jpeg(300, 200);
        byte[] cut = org.newsdesk.testing.TestImages.truncated(jpeg, jpeg.length / 2);
        Path file = write("broken.docx", doc -> {
            doc.createParagraph().createRun().setText("The text before.");
            doc.createParagraph().createRun()
                    .addPicture(new ByteArrayInputStream(cut), Document.PICTURE_TYPE_JPEG, "cut.jpg", 9525, 9525);
            doc.createParagraph().createRun().setText("The text after.");
        });
        ImportedArticle imported = importer.read(file, DEFAULTS).get(0);
        assertThat(imported.article().body().plainText()).contains("The text before.", "The text after.");
        assertThat(imported.images()).isEmpty();
        assertThat(imported.warnings()).singleElement().extracting(w -> org.newsdesk.i18n.Messages.english().text(w.message())).asString()
                .startsWith("broken.docx: the picture image1.jpeg was left out: it is a damaged JPEG picture");
    }

    private Article read(Path file) {
        List<ImportedArticle> imported = importer.read(file, DEFAULTS);
        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).keepIdentity()).isFalse();
        return imported.get(0).article();
    }

    interface DocBuilder {
        void build(XWPFDocument doc) throws Exception;
    }

    private Path write(String name, DocBuilder builder) throws Exception {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            builder.build(doc);
            doc.write(out);
        }
        return file;
    }

    /** A press release as a newsroom writes it in Word. */
    static void release(XWPFDocument doc) throws Exception {
        styled(doc, "Heading1", "Heritage classrooms open");
        styled(doc, "Subtitle", "Schools in 40 cities take part");
        XWPFParagraph p = doc.createParagraph();
        text(p, "Pupils ");
        text(p, "study").setBold(true);
        text(p, " ");
        text(p, "monuments").setItalic(true);
        text(p, ", ");
        text(p, "underlined").setUnderline(UnderlinePatterns.SINGLE);
        text(p, ", ");
        text(p, "struck").setStrikeThrough(true);
        text(p, ", E=mc");
        text(p, "2").setVerticalAlignment("superscript");
        text(p, ", H");
        text(p, "2").setVerticalAlignment("subscript");
        text(p, "O with ");
        XWPFHyperlinkRun link = p.createHyperlinkRun("https://example.org/h");
        link.setText("historians");
        text(p, ".");
        styled(doc, "Heading2", "What it offers");
        BigInteger bullets = list(doc, STNumberFormat.BULLET);
        BigInteger numbers = list(doc, STNumberFormat.DECIMAL);
        item(doc, bullets, 0, "A kit");
        item(doc, bullets, 1, "in three languages");
        item(doc, bullets, 0, "A guide");
        item(doc, numbers, 0, "First");
        item(doc, numbers, 1, "First, detail");
        styled(doc, "Heading1", "A second part");
        XWPFParagraph picture = doc.createParagraph();
        picture.createRun().addPicture(new ByteArrayInputStream(TINY_PNG), Document.PICTURE_TYPE_PNG, "dot.png", 9525, 9525);
        doc.createParagraph().createRun().setText("Text after the picture.");
        doc.createParagraph(); // an empty paragraph is dropped
        doc.createTable(1, 1).getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("In a table");
    }

    private static XWPFRun text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        return run;
    }

    private static void styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static BigInteger list(XWPFDocument doc, STNumberFormat.Enum format) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(format);
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    private static void item(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
