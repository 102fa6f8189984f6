package org.newsdesk.ui.editor.body;

import java.util.List;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/** Content for screenshots and tests: every block kind, marks, a link, English, French and Arabic. */
final class SampleDocuments {
    private SampleDocuments() {
    }

    static Document mixed() {
        return new Document(List.of(
                Block.paragraph(TextRun.plain("The heritage schools programme opened its "),
                        TextRun.of("third season", Mark.BOLD), TextRun.plain(" this week in "),
                        TextRun.of("Tangier", Mark.ITALIC), TextRun.plain(", with "),
                        TextRun.link("forty workshops", "https://example.org/workshops"),
                        TextRun.plain(" for students from twelve countries. Registration stays open until the end of the month.")),
                Block.heading(2, "What the programme offers"),
                Block.bullet(0, "Restoration of manuscripts and bookbinding"),
                Block.bullet(1, "Paper conservation for beginners"),
                Block.bullet(0, "Calligraphy in three scripts"),
                Block.numbered(0, "Register online"),
                Block.numbered(0, "Choose two workshops"),
                Block.quote("Every manuscript we save is a voice that keeps speaking."),
                Block.image(new ImageRef("ab".repeat(32), "Students at the bookbinding workshop, Tangier", "J. Doe",
                        "Three students fold paper", null)),
                new Block(BlockType.PARAGRAPH, 0, Direction.AUTO, List.of(
                        TextRun.plain("افتتح برنامج مدارس التراث موسمه الثالث هذا الأسبوع في طنجة، بمشاركة طلاب من اثني عشر بلدا. "),
                        TextRun.of("التسجيل", Mark.BOLD), TextRun.plain(" مفتوح حتى نهاية الشهر.")), null),
                Block.numbered(0, "ترميم المخطوطات والتجليد"),
                Block.numbered(1, "الخط العربي في ثلاثة أساليب"),
                Block.quote("كل مخطوطة ننقذها صوت يبقى حيا.")));
    }
}
