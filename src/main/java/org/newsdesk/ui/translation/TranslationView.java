package org.newsdesk.ui.translation;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
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
import org.newsdesk.model.AlignedRow;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.Language;
import org.newsdesk.model.RowState;
import org.newsdesk.model.TranslationReport;
import org.newsdesk.model.TranslationUnit;

/**
 * Source and translation side by side, one row per unit (headline beside headline, paragraph beside paragraph,
 * picture caption beside caption) in one scrolling grid, so both sides always scroll together. The source is read
 * only; a click on a translation cell edits it. Each side takes its language's direction and font. Changed source
 * units show their word diff since they were translated, with "Mark as updated" on their row.
 */
public final class TranslationView {
    private final TranslationViewModel model;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Label title = new Label();
    private final List<Region[]> rows = new ArrayList<>();
    private TextArea editing;
    private TranslationReport pending;

    public TranslationView(TranslationViewModel model) {
        this.model = model;
        root.getStyleClass().add("translation-view");
        grid.getStyleClass().add("translation-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        scroll.setFitToWidth(true);
        scroll.setId("translation-scroll");

        Label summary = new Label();
        summary.setId("translation-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.getStyleClass().add("translation-message");
        message.textProperty().bind(model.messageProperty());
        Button markAll = new Button("Mark all as updated");
        markAll.setId("translation-mark-all");
        markAll.setOnAction(e -> model.markAllUpdated());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.getStyleClass().add("translation-title");
        HBox bar = new HBox(10, title, summary, spacer, message, refresh, markAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("translation-bar");
        root.setTop(bar);
        root.setCenter(scroll);

        model.reportProperty().addListener((o, was, now) -> {
            if (editing != null) {
                pending = now; // rebuilding now would drop what the translator is typing
            } else {
                show(now);
            }
        });
        model.currentRowProperty().addListener((o, was, now) -> {
            highlight(was.intValue(), false);
            highlight(now.intValue(), true);
        });
    }

    public Node node() {
        return root;
    }

    private void show(TranslationReport report) {
        double at = scroll.getVvalue();
        grid.getChildren().clear();
        rows.clear();
        if (report == null) {
            return;
        }
        Language from = report.source().language();
        Language to = report.translation().language();
        title.setText(name(from) + " \u2192 " + name(to));
        List<AlignedRow> aligned = report.comparison().rows();
        for (int i = 0; i < aligned.size(); i++) {
            AlignedRow row = aligned.get(i);
            Region source = sourceCell(row, report, from, i);
            Region translation = translationCell(row, to, i);
            grid.add(source, 0, i);
            grid.add(translation, 1, i);
            rows.add(new Region[] {source, translation});
        }
        highlight(model.currentRowProperty().get(), true);
        scroll.setVvalue(at);
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
                Text t = new Text(s.text());
                t.getStyleClass().add("diff-" + s.kind().name().toLowerCase(java.util.Locale.ROOT));
                if (s.kind() == DiffSegment.Kind.DELETED) {
                    t.setStrikethrough(true);
                }
                flow.getChildren().add(t);
            }
            cell.getChildren().add(tag(switch (row.state()) {
                case NEW_IN_SOURCE -> "New in the source";
                case REMOVED_FROM_SOURCE -> "Removed from the source";
                default -> "Changed since translated";
            }, "source-changed"));
        } else {
            flow.getChildren().add(styled(new Text(row.source().text()), row.source()));
        }
        cell.getChildren().add(flow);
        cell.setOnMouseClicked(e -> model.currentRowProperty().set(index));
        return cell;
    }

    private Region translationCell(AlignedRow row, Language language, int index) {
        VBox cell = cell(language, index, "translation-cell", row);
        HBox header = new HBox(6);
        header.getStyleClass().add("cell-header");
        switch (row.state()) {
            case UNTRANSLATED -> header.getChildren().add(tag("Not yet translated", "untranslated-tag"));
            case OUTDATED, NEW_IN_SOURCE, REMOVED_FROM_SOURCE -> {
                header.getChildren().add(tag("Outdated", "outdated-tag"));
                Button mark = new Button(row.state() == RowState.NEW_IN_SOURCE ? "Add to the translation"
                        : "Mark as updated");
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
        TextFlow flow = new TextFlow(styled(new Text(row.translation().text()), row.translation()));
        flow.getStyleClass().add("unit-text");
        cell.getChildren().add(flow);
        cell.setOnMouseClicked(e -> {
            model.currentRowProperty().set(index);
            if (editing == null) {
                edit(cell, flow, row.translation());
            }
        });
        return cell;
    }

    /** Swaps the cell's text for a text area until focus leaves it (or Escape); then saves the new text. */
    private void edit(VBox cell, TextFlow flow, TranslationUnit unit) {
        TextArea area = new TextArea(unit.text());
        area.setWrapText(true);
        area.getStyleClass().add("unit-editor");
        area.setPrefHeight(Math.max(44, flow.getHeight() + 28));
        area.setNodeOrientation(cell.getNodeOrientation());
        int at = cell.getChildren().indexOf(flow);
        cell.getChildren().set(at, area);
        editing = area;
        boolean[] cancelled = {false};
        area.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelled[0] = true;
                grid.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                grid.requestFocus();
            }
        });
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && editing == area) {
                editing = null;
                cell.getChildren().set(cell.getChildren().indexOf(area), flow);
                String text = area.getText().replace("\r", "");
                if (!cancelled[0] && !text.equals(unit.text())) {
                    ((Text) flow.getChildren().get(0)).setText(text);
                    model.edit(unit.id(), text);
                }
                if (pending != null) {
                    TranslationReport r = pending;
                    pending = null;
                    show(r);
                }
            }
        });
        area.requestFocus();
        area.positionCaret(area.getLength());
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

    private void highlight(int index, boolean on) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        for (Region r : rows.get(index)) {
            if (on) {
                r.getStyleClass().add("current-row");
            } else {
                r.getStyleClass().removeAll("current-row");
            }
        }
    }

    private static String name(Language language) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language.tag());
        String own = locale.getDisplayLanguage(locale);
        return own.isEmpty() ? language.tag() : Character.toUpperCase(own.charAt(0)) + own.substring(1);
    }
}
