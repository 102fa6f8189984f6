package org.newsdesk.ui.editor.body;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.CONTROL_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.anyOf;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.EventPattern.keyTyped;
import static org.fxmisc.wellbehaved.event.EventPattern.mousePressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.process;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Mark;
import org.newsdesk.ui.common.FocusTraversal;

/** The editor's keyboard and Ctrl+click bindings, installed ahead of RichTextFX's own. */
final class EditorKeys {

    private EditorKeys() {
    }

    record Parts(BodyEditor editor, BlockKeys blockKeys, TypingHandler typing, InlineFormatting inline,
                 Consumer<String> linkOpener, BooleanSupplier enterTable) {
    }

    static void install(BodyArea area, Parts parts) {
        BodyEditor editor = parts.editor();
        BooleanSupplier inList = () -> area.currentParagraph().getParagraphStyle().isListItem();
        InputMap<Event> formatting = sequence(
                consume(keyPressed(KeyCode.B, SHORTCUT_DOWN), e -> editor.toggleMark(Mark.BOLD)),
                consume(keyPressed(KeyCode.I, SHORTCUT_DOWN), e -> editor.toggleMark(Mark.ITALIC)),
                consume(keyPressed(KeyCode.U, SHORTCUT_DOWN), e -> editor.toggleMark(Mark.UNDERLINE)),
                consume(keyPressed(KeyCode.K, SHORTCUT_DOWN), e -> editor.editLink()),
                consume(anyOf(keyPressed(KeyCode.DIGIT1, SHORTCUT_DOWN, ALT_DOWN), keyPressed(KeyCode.NUMPAD1, SHORTCUT_DOWN, ALT_DOWN)),
                        e -> editor.setBlockType(BlockType.HEADING, 2)),
                consume(anyOf(keyPressed(KeyCode.DIGIT2, SHORTCUT_DOWN, ALT_DOWN), keyPressed(KeyCode.NUMPAD2, SHORTCUT_DOWN, ALT_DOWN)),
                        e -> editor.setBlockType(BlockType.HEADING, 3)),
                consume(anyOf(keyPressed(KeyCode.DIGIT3, SHORTCUT_DOWN, ALT_DOWN), keyPressed(KeyCode.NUMPAD3, SHORTCUT_DOWN, ALT_DOWN)),
                        e -> editor.setBlockType(BlockType.HEADING, 4)),
                consume(anyOf(keyPressed(KeyCode.DIGIT0, SHORTCUT_DOWN, ALT_DOWN), keyPressed(KeyCode.NUMPAD0, SHORTCUT_DOWN, ALT_DOWN)),
                        e -> editor.setBlockType(BlockType.PARAGRAPH, 0)),
                consume(keyPressed(KeyCode.DIGIT7, SHORTCUT_DOWN, SHIFT_DOWN), e -> editor.setBlockType(BlockType.NUMBERED_ITEM, 0)),
                consume(keyPressed(KeyCode.DIGIT8, SHORTCUT_DOWN, SHIFT_DOWN), e -> editor.setBlockType(BlockType.BULLET_ITEM, 0)),
                consume(keyPressed(KeyCode.PERIOD, SHORTCUT_DOWN, SHIFT_DOWN), e -> editor.setBlockType(BlockType.QUOTE, 0)),
                consume(keyPressed(KeyCode.X, SHORTCUT_DOWN, SHIFT_DOWN), e -> editor.cycleDirection()),
                // Tab indents here, so Ctrl+Tab leaves the body, as in a JavaFX text area (no keyboard trap)
                consume(keyPressed(KeyCode.TAB, CONTROL_DOWN), e -> FocusTraversal.leave(area, true)),
                consume(keyPressed(KeyCode.TAB, CONTROL_DOWN, SHIFT_DOWN), e -> FocusTraversal.leave(area, false)),
                consume(keyPressed(KeyCode.TAB).onlyIf(e -> inList.getAsBoolean()), e -> editor.indent()),
                process(keyPressed(KeyCode.TAB), e -> result(parts.enterTable().getAsBoolean())),
                consume(keyPressed(KeyCode.TAB, SHIFT_DOWN).onlyIf(e -> inList.getAsBoolean()), e -> editor.outdent()));
        InputMap<Event> history = sequence(
                consume(keyPressed(KeyCode.Z, SHORTCUT_DOWN), e -> editor.undo()),
                consume(anyOf(keyPressed(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN), keyPressed(KeyCode.Y, SHORTCUT_DOWN)),
                        e -> editor.redo()));
        InputMap<Event> clipboardAndFind = sequence(
                consume(keyPressed(KeyCode.V, SHORTCUT_DOWN, SHIFT_DOWN), e -> editor.pasteAsPlainText()),
                consume(anyOf(keyPressed(KeyCode.V, SHORTCUT_DOWN), keyPressed(KeyCode.INSERT, SHIFT_DOWN)), e -> editor.paste()),
                consume(anyOf(keyPressed(KeyCode.C, SHORTCUT_DOWN), keyPressed(KeyCode.INSERT, SHORTCUT_DOWN)), e -> editor.copy()),
                consume(anyOf(keyPressed(KeyCode.X, SHORTCUT_DOWN), keyPressed(KeyCode.DELETE, SHIFT_DOWN)), e -> editor.cut()),
                consume(keyPressed(KeyCode.F, SHORTCUT_DOWN), e -> editor.showFind(false)),
                consume(keyPressed(KeyCode.H, SHORTCUT_DOWN), e -> editor.showFind(true)));
        InputMap<Event> typing = sequence(
                process(keyPressed(KeyCode.ENTER), e -> result(parts.blockKeys().enter())),
                process(keyPressed(KeyCode.BACK_SPACE), e -> result(parts.blockKeys().backspace())),
                process(keyPressed(KeyCode.DELETE), e -> result(parts.blockKeys().delete())),
                consume(keyTyped().onlyIf(e -> area.isEditable() && TypingHandler.insertsText(e)),
                        e -> parts.typing().type(e.getCharacter())));
        InputMap<MouseEvent> followLink = consume(
                mousePressed(MouseButton.PRIMARY).onlyIf(e -> e.isShortcutDown() && linkUnder(area, parts.inline(), e) != null),
                e -> parts.linkOpener().accept(linkUnder(area, parts.inline(), e)));
        Nodes.addInputMap(area, sequence(formatting, history, clipboardAndFind, typing, followLink));
    }

    private static InputHandler.Result result(boolean handled) {
        return handled ? InputHandler.Result.CONSUME : InputHandler.Result.PROCEED;
    }

    private static String linkUnder(BodyArea area, InlineFormatting inline, MouseEvent e) {
        OptionalInt index = area.hit(e.getX(), e.getY()).getCharacterIndex();
        return index.isPresent() ? inline.linkOfChar(index.getAsInt()) : null;
    }
}
