package org.newsdesk.ui.translation;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.AlignedRow;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.Direction;
import org.newsdesk.ui.editor.body.WrappingTextField;
import org.newsdesk.model.Language;
import org.newsdesk.model.RowState;
import org.newsdesk.model.TranslationReport;
import org.newsdesk.model.TranslationUnit;

/**
 * Source and translation side by side, one row per unit (headline beside headline, paragraph beside paragraph,
 * picture caption beside caption) in one virtualised list, so both sides always scroll together and opening a
 * long article lays out only the rows in view. The source is read only; a click on a translation cell edits it.
 * Each side takes its language's direction and font. Changed source units show their word diff since they were
 * translated, with "Mark as updated" on their row. The row holding the caret is the list's selected row,
 * highlighted on both sides.
 */
public final class TranslationView {
    /** The key under which a translation cell keeps what a click on it does. */
    private static final String START_EDITING = "start-editing";
    private final Messages t;
    private final TranslationViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<AlignedRow> list = new ListView<>();
    private final Label title = new Label();
    private TranslationReport shown;
    private Editing editing;
    private TranslationReport pending;

    /** The field open in a translation cell, and what it edits. */
    private record Editing(WrappingTextField field, VBox cell, TextFlow flow, TranslationUnit unit,
                           boolean[] cancelled) {
        Node node() {
            return field.node();
        }
    }

    public TranslationView(Messages t, TranslationViewModel model) {
        this.t = t;
        this.model = model;
        root.getStyleClass().add("translation-view");
        list.getStyleClass().add("translation-list");
        list.setId("translation-rows");
        list.setAccessibleText(t.get("translation.rows.name"));
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && editing == null) {
                e.consume();
                // after this key's events are delivered: its release and typed character must not reach the field
                javafx.application.Platform.runLater(this::editSelectedRow);
            }
        });
        list.setAccessibleHelp(t.get("translation.rows.help"));
        root.getStyleClass().add("newsdesk"); // the window's focus rings and colours (TranslationWindow adds its sheet)
        list.setCellFactory(v -> new RowCell());

        Label summary = new Label();
        summary.setId("translation-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.getStyleClass().add("translation-message");
        message.textProperty().bind(model.messageProperty());
        Button next = new Button(t.get("translation.nextChange"));
        next.setId("translation-next-change");
        next.setOnAction(e -> nextChange());
        Button markAll = new Button(t.get("translation.markAll"));
        markAll.setId("translation-mark-all");
        markAll.setOnAction(e -> model.markAllUpdated());
        Button refresh = new Button(t.get("translation.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.getStyleClass().add("translation-title");
        HBox bar = new HBox(10, title, summary, spacer, message, refresh, next, markAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("translation-bar");
        root.setTop(bar);
        root.setCenter(list);

        model.reportProperty().addListener((o, was, now) -> {
            if (editing != null) {
                pending = now; // replacing the rows now would drop what the translator is typing
            } else {
                show(now);
            }
        });
        model.currentRowProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && list.getSelectionModel().getSelectedIndex() != now.intValue()) {
                list.getSelectionModel().select(now.intValue());
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                model.currentRowProperty().set(now.intValue()));
    }

    public Node node() {
        return root;
    }

    /** Shows the row of {@code sourceUnitId} (or of the translation unit with that id) and selects it. */
    public void reveal(String unitId) {
        for (int i = 0; i < list.getItems().size(); i++) {
            AlignedRow row = list.getItems().get(i);
            if (unitId.equals(row.sourceUnitId()) || row.translation() != null && unitId.equals(row.translation().id())) {
                list.scrollTo(i);
                model.currentRowProperty().set(i);
                return;
            }
        }
    }

    /** Opens the selected row's translation for editing, as a click on it does (nothing when it is out of view). */
    private void editSelectedRow() {
        int selected = list.getSelectionModel().getSelectedIndex();
        for (Node n : list.lookupAll(".translation-cell")) {
            if (Integer.valueOf(selected).equals(n.getProperties().get("row"))
                    && n.getProperties().get(START_EDITING) instanceof Runnable start) {
                start.run();
                return;
            }
        }
    }

    private void nextChange() {
        int from = list.getSelectionModel().getSelectedIndex();
        for (int k = 1; k <= list.getItems().size(); k++) {
            int i = (from + k) % list.getItems().size();
            if (list.getItems().get(i).state().isOutdated()) {
                list.scrollTo(i);
                model.currentRowProperty().set(i);
                return;
            }
        }
    }

    private void show(TranslationReport report) {
        shown = report;
        if (report == null) {
            list.getItems().clear();
            return;
        }
        title.setText(name(report.source().language()) + (t.rightToLeft() ? " \u2190 " : " \u2192 ")
                + name(report.translation().language())); // the arrow points the way the interface reads
        int selected = model.currentRowProperty().get();
        list.getItems().setAll(report.comparison().rows());
        if (selected >= 0 && selected < list.getItems().size()) {
            list.getSelectionModel().select(selected);
        }
    }

    /** One aligned row: the source half and the translation half, built when the row comes into view. */
    private final class RowCell extends ListCell<AlignedRow> {
        private final GridPane grid = new GridPane();

        RowCell() {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            ColumnConstraints other = new ColumnConstraints();
            other.setPercentWidth(50);
            other.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(half, other);
            grid.setHgap(10);
            grid.getStyleClass().add("translation-row");
            setPrefWidth(0); // the list's width decides; long blocks wrap
        }

        @Override
        protected void updateItem(AlignedRow row, boolean empty) {
            if (editing != null && editing.cell().getParent() == grid) {
                commit(); // the row scrolls away or changes: keep what was typed
            }
            super.updateItem(row, empty);
            grid.getChildren().clear();
            if (empty || row == null || shown == null) {
                setGraphic(null);
                return;
            }
            int index = getIndex();
            Region source = sourceCell(row, shown, shown.source().language(), index);
            Region translation = translationCell(row, shown.translation().language(), index);
            grid.add(source, 0, 0);
            grid.add(translation, 1, 0);
            setGraphic(grid);
            setText(null);
        }
    }

    private Region sourceCell(AlignedRow row, TranslationReport report, Language language, int index) {
        VBox cell = cell(language, index, "source-cell", row);
        if (row.source() == null && row.state() != RowState.REMOVED_FROM_SOURCE) {
            cell.getStyleClass().add("empty-cell");
            return cell;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("unit-text");
        if (row.state().isOutdated()) {
            for (DiffSegment s : report.change(row.sourceUnitId())) {
                for (String piece : pieces(s.text(), language.isRightToLeft())) {
                    Text t = new Text(piece);
                    t.getStyleClass().addAll("unit-body", "diff-" + s.kind().name().toLowerCase(java.util.Locale.ROOT));
                    if (s.kind() == DiffSegment.Kind.DELETED) {
                        t.setStrikethrough(true);
                    }
                    flow.getChildren().add(t);
                }
            }
            cell.getChildren().add(tag(switch (row.state()) {
                case NEW_IN_SOURCE -> t.get("translation.row.new");
                case REMOVED_FROM_SOURCE -> t.get("translation.row.removed");
                default -> t.get("translation.row.changed");
            }, "source-changed"));
        } else {
            flow.getChildren().addAll(texts(row.source().text(), row.source(), language.isRightToLeft()));
        }
        cell.getChildren().add(flow);
        return cell;
    }

    private Region translationCell(AlignedRow row, Language language, int index) {
        VBox cell = cell(language, index, "translation-cell", row);
        HBox header = new HBox(6);
        header.getStyleClass().add("cell-header");
        switch (row.state()) {
            case UNTRANSLATED -> header.getChildren().add(tag(t.get("translation.tag.untranslated"), "untranslated-tag"));
            case OUTDATED, NEW_IN_SOURCE, REMOVED_FROM_SOURCE -> {
                header.getChildren().add(tag(t.get("translation.tag.outdated"), "outdated-tag"));
                Button mark = new Button(row.state() == RowState.NEW_IN_SOURCE
                        ? t.get("translation.addToTranslation") : t.get("translation.markUpdated"));
                mark.getStyleClass().addAll("mark-updated", "small");
                mark.setOnAction(e -> model.markUpdated(List.of(row.sourceUnitId())));
                header.getChildren().add(mark);
            }
            default -> { }
        }
        if (!header.getChildren().isEmpty()) {
            cell.getChildren().add(header);
        }
        if (row.translation() == null) {
            cell.getStyleClass().add("empty-cell");
            return cell;
        }
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(texts(row.translation().text(), row.translation(), language.isRightToLeft()));
        flow.getStyleClass().add("unit-text");
        cell.getChildren().add(flow);
        Runnable startEditing = () -> {
            model.currentRowProperty().set(index);
            if (editing != null && editing.cell() != cell) {
                commit(); // another cell was being edited (scrolled out of view, say)
            }
            if (editing == null) {
                edit(cell, flow, row.translation());
            }
        };
        cell.setOnMouseClicked(e -> startEditing.run());
        cell.getProperties().put(START_EDITING, startEditing); // Enter or F2 on the selected row, from the keyboard
        return cell;
    }

    /**
     * Swaps the cell's text for a field until focus leaves it (or Escape); then saves the new text. The field is the
     * editor's own wrapping field, which draws wrapped right-to-left lines correctly (JavaFX's TextArea does not).
     */
    private void edit(VBox cell, TextFlow flow, TranslationUnit unit) {
        boolean rtl = cell.getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        WrappingTextField field = new WrappingTextField(1, 12);
        field.node().getStyleClass().add("unit-editor");
        field.baseDirectionProperty().set(rtl ? Direction.RTL : Direction.LTR);
        field.textProperty().set(unit.text());
        cell.getChildren().set(cell.getChildren().indexOf(flow), field.node());
        Editing open = new Editing(field, cell, flow, unit, new boolean[] {false});
        editing = open;
        field.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                open.cancelled()[0] = true;
                e.consume();
                list.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume(); // one unit is one paragraph: Enter (or Ctrl+Enter) ends the edit
                list.requestFocus();
            }
        });
        field.area().focusedProperty().addListener((o, was, focused) -> {
            if (!focused && editing == open) {
                commit();
            }
        });
        field.area().requestFocus();
        field.area().moveTo(field.area().getLength());
    }

    /** Ends the open edit: the cell shows text again and a changed text is saved. */
    private void commit() {
        Editing open = editing;
        if (open == null) {
            return;
        }
        editing = null;
        int at = open.cell().getChildren().indexOf(open.node());
        if (at >= 0) {
            open.cell().getChildren().set(at, open.flow());
        }
        String text = open.field().textProperty().get().replace("\r", "").replace('\n', ' ');
        if (!open.cancelled()[0] && !text.equals(open.unit().text())) {
            boolean rtl = open.cell().getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
            open.flow().getChildren().setAll(texts(text, open.unit(), rtl));
            model.edit(open.unit().id(), text);
        }
        if (pending != null) {
            TranslationReport r = pending;
            pending = null;
            javafx.application.Platform.runLater(() -> {
                if (editing == null) {
                    show(r);
                } else {
                    pending = r;
                }
            });
        }
    }

    private static VBox cell(Language language, int index, String kind, AlignedRow row) {
        VBox cell = new VBox(4);
        cell.getStyleClass().addAll("unit-cell", kind, "row-" + row.state().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'));
        if (row.state().isOutdated()) {
            cell.getStyleClass().add("outdated");
        }
        cell.setNodeOrientation(language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        if (language.isRightToLeft()) {
            cell.getStyleClass().add("rtl-side");
        }
        cell.getProperties().put("row", index);
        String unit = kind.equals("source-cell") ? row.sourceUnitId()
                : row.translation() != null ? row.translation().id() : row.sourceUnitId();
        if (unit != null) {
            cell.getProperties().put("unit", unit);
        }
        cell.setMaxWidth(Double.MAX_VALUE);
        return cell;
    }

    /**
     * The unit's text as Text nodes: one for a left-to-right side, one per word (with its spaces) for a right-to-left
     * side, since JavaFX 21 draws a wrapped right-to-left Text's last line on every line
     * (shared/notes/arabic-on-javafx.md).
     */
    private static List<Text> texts(String text, TranslationUnit unit, boolean rtl) {
        return pieces(text, rtl).stream().map(p -> styled(new Text(p), unit)).toList();
    }

    private static List<String> pieces(String text, boolean rtl) {
        if (!rtl) {
            return List.of(text);
        }
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+\\s*|\\s+").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Text styled(Text text, TranslationUnit unit) {
        if (TranslationUnit.HEADLINE.equals(unit.id())) {
            text.getStyleClass().add("unit-headline");
        } else if (TranslationUnit.STANDFIRST.equals(unit.id())) {
            text.getStyleClass().add("unit-standfirst");
        } else if (unit.block().type() == BlockType.HEADING) {
            text.getStyleClass().add("unit-heading");
        } else if (unit.block().type() == BlockType.IMAGE) {
            text.getStyleClass().add("unit-caption");
        } else if (unit.block().type() == BlockType.QUOTE) {
            text.getStyleClass().add("unit-quote");
        }
        text.getStyleClass().add("unit-body");
        return text;
    }

    private static Label tag(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("unit-tag", styleClass);
        return label;
    }

    private static String name(Language language) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language.tag());
        String own = locale.getDisplayLanguage(locale);
        return own.isEmpty() ? language.tag() : Character.toUpperCase(own.charAt(0)) + own.substring(1);
    }
}
