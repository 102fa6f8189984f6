package org.newsdesk.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.newsdesk.codec.SafeZipReader;
import org.newsdesk.codec.ZipLimits;
import org.newsdesk.i18n.Message;
import org.newsdesk.image.ImageInspector;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;

/**
 * Word .docx files. The file is checked as an untrusted zip first (unsafe names, bombs), then must really be
 * a Word document before POI parses it; anything else is refused with one sentence naming the file.
 * What is kept of the document is {@link DocxConverter}'s to say; embedded photos come along, checked like any
 * picture added to the library; Word's comments come along as review comments; the article's language is the
 * one Word says the text is in, when it says.
 */
public final class DocxImporter implements ArticleImporter {
    /** A press release with photos is a few MB; Word's own limit for a document is far larger than any. */
    private static final long MAX_DOCX_BYTES = 64L * 1024 * 1024;
    private static final Set<String> WORD_TYPES = Set.of(XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(), XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());
    // A docx holds a few dozen parts; a few hundred MB inflated is already absurd for a press release.
    private static final ZipLimits DOCX_LIMITS = new ZipLimits(5_000, 256L * 1024 * 1024, 512L * 1024 * 1024);

    private final SafeZipReader zips = new SafeZipReader(DOCX_LIMITS);
    private final ImageInspector inspector;

    public DocxImporter(ImageInspector inspector) {
        this.inspector = inspector;
    }

    public DocxImporter() {
        this(new ImageInspector());
    }

    @Override
    public boolean accepts(Path file) {
        return TextFiles.extension(file).equals("docx");
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        byte[] bytes = TextFiles.readBytes(file, MAX_DOCX_BYTES);
        if (!SafeZipReader.looksLikeZip(file)) {
            throw new BadInputException(Message.of("error.import.notWord", file.toString()));
        }
        zips.read(file, (name, in) -> in.transferTo(java.io.OutputStream.nullOutputStream()));
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            requireWordDocument(pkg, file);
            try (XWPFDocument document = new XWPFDocument(pkg)) {
                ImportedFigures figures = new ImportedFigures();
                List<ImportWarning> warnings = new java.util.ArrayList<>();
                DocxConverter.Result result = new DocxConverter(document,
                        new DocxPictures(inspector, file, warnings), figures).convert();
                String headline = result.headline() != null && !result.headline().isBlank() ? result.headline()
                        : titleOf(document, file);
                Article article = Article.draft(headline, result.language().orElse(defaults.language()), defaults.now())
                        .withStandfirst(result.standfirst()).withBody(result.body());
                // the language the document states (w:lang), else detected from the text
                return List.of(new ImportedArticle(article, false, figures.images(), result.language().isPresent(),
                        warnings, null, result.comments()));
            }
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new BadInputException(Message.of("error.import.unreadableWord", file.toString(), reason(e)), e);
        }
    }

    private static void requireWordDocument(OPCPackage pkg, Path file) {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty() || !WORD_TYPES.contains(main.get(0).getContentType())) {
            throw new BadInputException(main.isEmpty() ? Message.of("error.import.noWordBody", file.toString())
                    : Message.of("error.import.noWordBodyHolds", file.toString(), main.get(0).getContentType()));
        }
    }

    /** The document's Title property, else a title made from the file name. */
    private static String titleOf(XWPFDocument document, Path file) {
        String title = document.getProperties() == null || document.getProperties().getCoreProperties() == null
                ? null : document.getProperties().getCoreProperties().getTitle();
        return title == null || title.isBlank() ? TextFiles.titleFromName(file) : title.strip();
    }

    /** The innermost message, which is the one that says what is wrong (e.g. the XML error). */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String line = message.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
