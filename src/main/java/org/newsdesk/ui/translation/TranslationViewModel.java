package org.newsdesk.ui.translation;

import org.newsdesk.i18n.Message;
import org.newsdesk.i18n.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;
import org.newsdesk.model.TextRun;
import org.newsdesk.model.TranslationReport;
import org.newsdesk.model.TranslationUnit;
import org.newsdesk.service.ArticleService;
import org.newsdesk.service.TranslationService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * The side-by-side view's state: the translation beside its source (a {@link TranslationReport}, reloaded after
 * every change), the row holding the caret, and a one-line summary. Edits and "mark as updated" run on the library
 * thread, one after the other.
 */
public final class TranslationViewModel {
    private final Messages t;
    private final UUID translationId;
    private final TranslationService translations;
    private final ArticleService articles;
    private final BackgroundWork background;
    private final ObjectProperty<TranslationReport> report = new SimpleObjectProperty<>();
    private final IntegerProperty currentRow = new SimpleIntegerProperty(-1);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public TranslationViewModel(Messages t, UUID translationId, TranslationService translations, ArticleService articles,
                                BackgroundWork background) {
        this.t = t;
        this.translationId = translationId;
        this.translations = translations;
        this.articles = articles;
        this.background = background;
    }

    public UUID translationId() {
        return translationId;
    }

    /** Reads the translation and its source again (after the source was edited elsewhere, say). */
    public void refresh() {
        run(this::read);
    }

    /** The translator's new text for one unit (headline, standfirst or block), saved onto the stored article. */
    public void edit(String unitId, String text) {
        run(() -> {
            Article stored = articles.get(translationId);
            Article changed = withUnitText(stored, unitId, text);
            if (!changed.sameContentAs(stored)) {
                articles.autosave(changed);
            }
            return read();
        });
    }

    /** "Mark as updated" for rows, by their source unit ids. */
    public void markUpdated(Collection<String> sourceUnitIds) {
        List<String> ids = List.copyOf(sourceUnitIds);
        run(() -> {
            translations.markUpdated(translationId, ids);
            return read();
        });
    }

    public void markAllUpdated() {
        run(() -> {
            translations.markAllUpdated(translationId);
            return read();
        });
    }

    private TranslationReport read() {
        return translations.report(translationId).orElseThrow(() -> new NotFoundException(
                Message.of("translation.notInSet")));
    }

    private void run(Callable<TranslationReport> work) {
        background.run(work, this::show, e -> message.set(ErrorReporter.message(t, e)));
    }

    private void show(TranslationReport r) {
        report.set(r);
        int outdated = r.comparison().outdated();
        int untranslated = r.comparison().untranslated();
        String outdatedWords = t.get("translation.summary.outdated", outdated);
        String untranslatedWords = t.get("translation.summary.untranslated", untranslated);
        summary.set(outdated == 0 && untranslated == 0 ? t.get("translation.summary.upToDate")
                : untranslated == 0 ? outdatedWords : outdated == 0 ? untranslatedWords
                : t.get("translation.summary.both", outdatedWords, untranslatedWords));
        message.set("");
    }

    /** {@code article} with one unit's text replaced; a changed block keeps its kind and id, its text plain. */
    static Article withUnitText(Article article, String unitId, String text) {
        if (TranslationUnit.HEADLINE.equals(unitId)) {
            return article.withHeadline(text);
        }
        if (TranslationUnit.STANDFIRST.equals(unitId)) {
            return article.withStandfirst(text);
        }
        List<Block> blocks = new ArrayList<>(article.body().blocks());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.id().equals(unitId) && !b.text().equals(text)) {
                if (b.type() == BlockType.IMAGE) {
                    ImageRef image = b.image();
                    blocks.set(i, new Block(BlockType.IMAGE, 0, b.direction(), List.of(),
                            new ImageRef(image.assetId(), text, image.credit(), image.altText(), image.link()), b.id()));
                } else if (b.type() == BlockType.TABLE) {
                    blocks.set(i, tableWithText(b, text));
                } else {
                    // one run (all bold, one link…) keeps its look; mixed runs become plain text, restyled in the editor
                    TextRun run = b.runs().size() == 1 ? b.runs().get(0).withText(text) : TextRun.plain(text);
                    blocks.set(i, b.withRuns(List.of(run)));
                }
            }
        }
        return article.withBody(new Document(blocks));
    }

    /**
     * A table's unit is its caption line (when it has a caption), then its rows, cells separated by tabs (see
     * {@link Block#text()}). A text of that shape sets the caption and each changed cell as plain text; a text of
     * another shape leaves the table as it was, so a translation can never turn cells into a caption.
     */
    static Block tableWithText(Block b, String text) {
        Table table = b.table();
        String[] lines = text.split("\n", -1);
        int first = b.runsText().isEmpty() ? 0 : 1;
        if (lines.length != table.rowCount() + first) {
            return b;
        }
        Table changed = table;
        for (int r = 0; r < table.rowCount(); r++) {
            String[] cells = lines[r + first].split("\t", -1);
            if (cells.length != table.columnCount()) {
                return b;
            }
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].equals(table.cell(r, c).text())) {
                    changed = changed.withCell(r, c, cells[c].isEmpty() ? TableCell.EMPTY : TableCell.of(cells[c]));
                }
            }
        }
        Block out = b.withTable(changed);
        return first == 1 && !lines[0].equals(b.runsText()) ? out.withRuns(List.of(TextRun.plain(lines[0]))) : out;
    }

    public ReadOnlyObjectProperty<TranslationReport> reportProperty() {
        return report;
    }

    /** Index of the row holding the caret (or last clicked), -1 for none. */
    public IntegerProperty currentRowProperty() {
        return currentRow;
    }

    /** "2 outdated · 3 not yet translated", or "Up to date". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The last error, in one sentence; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
