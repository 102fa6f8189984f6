package org.newsdesk.ui.editor.body;

import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.newsdesk.model.Language;

/**
 * Inserts a typed character the way the newsroom wants it: first the typography rules (quotes, dashes, French
 * spacing), then the Markdown shortcuts. Replaces RichTextFX's own key-typed handling.
 */
final class TypingHandler {

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final BodyArea area;
    private final Autoformat autoformat;
    private final Supplier<Language> language;
    private final Supplier<TypingSettings> settings;

    TypingHandler(BodyArea area, Supplier<Language> language, Supplier<TypingSettings> settings) {
        this.area = area;
        this.autoformat = new Autoformat(area);
        this.language = language;
        this.settings = settings;
    }

    /** True for key-typed events that insert text (not shortcuts, not control characters). */
    static boolean insertsText(KeyEvent event) {
        String text = event.getCharacter();
        boolean altGraph = WINDOWS && event.isControlDown() && event.isAltDown(); // AltGr arrives as Ctrl+Alt there
        if (text.isEmpty() || event.isMetaDown() || event.isControlDown() && !altGraph) {
            return false;
        }
        return text.chars().noneMatch(Character::isISOControl);
    }

    void type(String typed) {
        IndexRange selection = area.getSelection();
        TwoDimensional.Position start = area.offsetToPosition(selection.getStart(), TwoDimensional.Bias.Forward);
        String before = area.getParagraph(start.getMajor()).getText().substring(0, start.getMinor());
        TypingSettings rules = settings.get();
        Typography.Edit edit = Typography.typed(before, typed, language.get(), rules);
        area.replaceText(selection.getStart() - edit.deleteBefore(), selection.getEnd(), edit.insert());
        area.requestFollowCaret();
        if (rules.markdown() && edit.insert().equals(typed)) {
            autoformat.afterTyping(typed);
        }
    }
}
