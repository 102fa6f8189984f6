package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.newsdesk.image.ImageInspector;
import org.newsdesk.image.PictureRefusal;
import org.newsdesk.image.ValidImage;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * The photos embedded in a Word paragraph, checked like any picture added to the library, with the alt text Word
 * keeps for each ("Edit Alt Text", stored as the drawing's description). Logos and diagrams in Windows metafile,
 * TIFF or BMP form are left out, as before; a JPEG, PNG or GIF that fails the check is left out with a warning.
 */
final class DocxPictures {
    private static final Set<PictureType> PHOTOS = Set.of(PictureType.JPEG, PictureType.PNG, PictureType.GIF);

    record Picture(ValidImage image, String altText) {
    }

    private final ImageInspector inspector;
    private final java.nio.file.Path document;
    private final List<ImportWarning> warnings;

    DocxPictures(ImageInspector inspector, java.nio.file.Path document, List<ImportWarning> warnings) {
        this.inspector = inspector;
        this.document = document;
        this.warnings = warnings;
    }

    /**
     * The photo a drawing shows ({@code a:blip r:embed}), with the drawing's description as alt text; empty for
     * logos and diagrams in formats left out, for a picture the file does not hold, and for one that fails the check
     * (a warning names it).
     */
    java.util.Optional<Picture> of(XWPFPictureData data, String drawingDescription) {
        if (data == null || !PHOTOS.contains(data.getPictureTypeEnum())) {
            return java.util.Optional.empty();
        }
        String alt = drawingDescription == null || drawingDescription.isBlank()
                || drawingDescription.strip().matches("(?i).*\\.(jpe?g|png|gif)") ? "" : drawingDescription.strip();
        ValidImage image = check(data);
        return image == null ? java.util.Optional.empty() : java.util.Optional.of(new Picture(image, alt));
    }

    List<Picture> of(XWPFParagraph paragraph) {
        List<Picture> found = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            List<XWPFPicture> pictures = run.getEmbeddedPictures();
            List<String> descriptions = drawingDescriptions(run);
            for (int i = 0; i < pictures.size(); i++) {
                XWPFPictureData data = pictures.get(i).getPictureData();
                if (data == null || !PHOTOS.contains(data.getPictureTypeEnum())) {
                    continue;
                }
                ValidImage image = check(data);
                if (image != null) {
                    found.add(new Picture(image, altText(pictures.get(i), i < descriptions.size() ? descriptions.get(i) : null)));
                }
            }
        }
        return found;
    }

    /** The checked picture, or null (and a warning) when it fails the check. */
    private ValidImage check(XWPFPictureData data) {
        String name = data.getFileName() == null ? "embedded picture" : data.getFileName();
        try {
            return inspector.inspect(data.getData(), ImportWarning.IT);
        } catch (PictureRefusal e) {
            warnings.add(new ImportWarning(document, name, ImportWarning.reason(e)));
            return null;
        }
    }

    /**
     * The drawing's description is what Word's "Alt Text" pane edits; the picture's own is a fallback, unless it
     * is only the file name (what Word and POI put there when no one wrote alt text).
     */
    private static String altText(XWPFPicture picture, String drawingDescription) {
        if (drawingDescription != null && !drawingDescription.isBlank()) {
            return drawingDescription.strip();
        }
        String own = picture.getDescription();
        String file = picture.getPictureData() == null ? null : picture.getPictureData().getFileName();
        if (own == null || own.isBlank() || own.strip().matches("(?i).*\\.(jpe?g|png|gif)") || own.equals(file)) {
            return "";
        }
        return own.strip();
    }

    /** Word writes the alt text on the drawing (wp:docPr descr), not on the picture inside it. */
    private static List<String> drawingDescriptions(XWPFRun run) {
        List<String> descriptions = new ArrayList<>();
        for (CTDrawing drawing : run.getCTR().getDrawingList()) {
            for (CTInline inline : drawing.getInlineList()) {
                descriptions.add(inline.getDocPr() == null ? "" : inline.getDocPr().getDescr());
            }
            for (CTAnchor anchor : drawing.getAnchorList()) {
                descriptions.add(anchor.getDocPr() == null ? "" : anchor.getDocPr().getDescr());
            }
        }
        return descriptions;
    }
}
