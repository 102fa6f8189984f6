package org.newsdesk.ui.editor.body;

import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.newsdesk.importer.HtmlToDocument;
import org.newsdesk.model.Document;

/**
 * Copy, cut and paste through the system clipboard. Copies carry HTML and plain text; pasted HTML is cleaned by
 * {@link HtmlToDocument} into body blocks, so nothing but structure and meaning ever reaches the document.
 */
final class ClipboardBridge {

    private final BodyArea area;
    private final DocumentMapper mapper;
    private final FragmentInserter inserter;
    private final InlineFormatting inline;
    private final HtmlToDocument htmlToDocument = new HtmlToDocument();

    ClipboardBridge(BodyArea area, DocumentMapper mapper, FragmentInserter inserter, InlineFormatting inline) {
        this.area = area;
        this.mapper = mapper;
        this.inserter = inserter;
        this.inline = inline;
    }

    void copy() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            return;
        }
        Document fragment = mapper.toDocument(area.subDocument(selection.getStart(), selection.getEnd()));
        ClipboardContent content = new ClipboardContent();
        content.putString(area.getSelectedText().replace(DocumentMapper.LINE_SEPARATOR, '\n'));
        content.putHtml(DocumentHtml.of(fragment));
        Clipboard.getSystemClipboard().setContent(content);
    }

    void cut() {
        if (area.getSelection().getLength() > 0) {
            copy();
            area.getUndoManager().preventMerge();
            area.replaceSelection("");
        }
    }

    /** Rich paste: HTML when the clipboard has it, else its plain text. */
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasHtml()) {
            pasteHtml(clipboard.getHtml());
        } else if (clipboard.hasString()) {
            pastePlainText(clipboard.getString());
        }
    }

    /** Ctrl+Shift+V: only the words, whatever the clipboard holds. */
    void pasteAsPlainText() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            pastePlainText(clipboard.getString());
        } else if (clipboard.hasHtml()) {
            pastePlainText(htmlToDocument.convert(clipboard.getHtml()).plainText());
        }
    }

    void pasteHtml(String html) {
        inserter.insert(htmlToDocument.convert(html));
    }

    void pastePlainText(String text) {
        inserter.insertPlainText(text, inline.caretStyle());
    }
}
