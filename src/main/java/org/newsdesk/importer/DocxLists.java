package org.newsdesk.importer;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Whether a Word paragraph is a list item, of which kind and how deep. Numbering is set on the paragraph
 * or inherited from its style (Word's "List Bullet" style does that); the level's number format tells
 * bullets ("bullet") from numbers ("decimal", "lowerLetter"…).
 */
final class DocxLists {
    record ListLevel(BlockType type, int depth) {
    }

    private record NumberingRef(BigInteger numId, int level) {
    }

    private final XWPFDocument document;

    DocxLists(XWPFDocument document) {
        this.document = document;
    }

    /** @param numId and {@code ilvl} as the paragraph's own w:numPr says (null when it has none) */
    Optional<ListLevel> of(String numId, String ilvl, String styleId) {
        NumberingRef ref = numId != null ? new NumberingRef(number(numId), ilvl == null ? 0 : number(ilvl).intValue())
                : styleReference(styleId);
        // numId 0 is Word's way of switching numbering off for a paragraph
        if (ref == null || ref.numId() == null || BigInteger.ZERO.equals(ref.numId())) {
            return Optional.empty();
        }
        String format = format(ref);
        BlockType type = format == null || format.equals("bullet") || format.equals("none")
                ? BlockType.BULLET_ITEM : BlockType.NUMBERED_ITEM;
        return Optional.of(new ListLevel(type, Math.max(0, Math.min(ref.level(), Block.MAX_DEPTH))));
    }

    private static BigInteger number(String value) {
        try {
            return new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }

    /** Numbering from the paragraph's style or a style it is based on. */
    private NumberingRef styleReference(String styleId) {
        Set<String> visited = new HashSet<>();
        String id = styleId;
        while (id != null && visited.add(id) && document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(id);
            if (style == null) {
                return null;
            }
            CTStyle ct = style.getCTStyle();
            if (ct.getPPr() != null && ct.getPPr().getNumPr() != null) {
                CTNumPr numPr = ct.getPPr().getNumPr();
                BigInteger numId = numPr.getNumId() == null ? null : numPr.getNumId().getVal();
                int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
                return new NumberingRef(numId, level);
            }
            id = ct.getBasedOn() == null ? null : ct.getBasedOn().getVal();
        }
        return null;
    }

    /** The number format of the reference's level, or null when the document does not define it. */
    private String format(NumberingRef ref) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null) {
            return null;
        }
        BigInteger abstractId = numbering.getAbstractNumID(ref.numId());
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (abstractNum == null || abstractNum.getCTAbstractNum() == null) {
            return null;
        }
        for (CTLvl level : abstractNum.getCTAbstractNum().getLvlList()) {
            if (level.getIlvl() != null && level.getIlvl().intValue() == ref.level() && level.getNumFmt() != null) {
                return level.getNumFmt().getVal().toString();
            }
        }
        return null;
    }
}
