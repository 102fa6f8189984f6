package org.newsdesk.ui.spelling;

import org.newsdesk.i18n.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mistake;
import org.newsdesk.model.ParagraphLanguage;
import org.newsdesk.model.PlacedText;
import org.newsdesk.model.TextPlace;
import org.newsdesk.service.SpellingService;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.editor.body.BodyArea;
import org.newsdesk.ui.editor.body.BodyEditor;
import org.newsdesk.ui.editor.body.ParStyle;
import org.newsdesk.ui.editor.body.TextStyle;

/**
 * Spelling in the article window: after each pause in typing (150 ms) the headline, standfirst and body
 * paragraphs go to the {@link SpellingModel}'s thread, and what comes back is underlined where the text is still
 * the same; right-click on an underlined word gives suggestions, "Add to dictionary" and "Ignore"; F7 goes to the
 * next mistake; agreed names are offered while typing in the body.
 */
public final class SpellingWiring implements AutoCloseable {
    private final Messages t;
    private static final Duration PAUSE = Duration.millis(150);
    private static final Duration START_DELAY = Duration.seconds(3);

    private final SpellingModel model;
    private final EditorViewModel editor;
    private final BodyArea body;
    private final BodyArea standfirst;
    private final TextField headline;
    private final AreaUnderlines bodyLines;
    private final AreaUnderlines standfirstLines;
    private final FieldUnderlines headlineLines;
    private final NameOffers offers;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private ContextMenu shownMenu;
    private boolean started;

    public SpellingWiring(Messages t, SpellingService service, EditorViewModel editor, BodyEditor bodyEditor, EditorView view,
                          Consumer<Throwable> onError) {
        this.t = t;
        this.model = new SpellingModel(service, Platform::runLater, onError);
        this.editor = editor;
        this.body = bodyEditor.area();
        this.standfirst = view.standfirstField().area();
        this.headline = view.headlineField();
        this.bodyLines = new AreaUnderlines(body, "spelling");
        this.standfirstLines = new AreaUnderlines(standfirst, "spelling");
        this.headlineLines = new FieldUnderlines(headline);
        view.headlineBox().getChildren().add(headlineLines);
        this.offers = new NameOffers(body, model.namesProperty()::get, this::language);

        pause.setOnFinished(e -> requestCheck());
        bodyEditor.revisionProperty().addListener(o -> pause.playFromStart());
        editor.headlineProperty().addListener(o -> pause.playFromStart());
        editor.standfirstProperty().addListener(o -> pause.playFromStart());
        editor.languageProperty().addListener(o -> pause.playFromStart());
        editor.storedProperty().addListener((o, before, now) -> {
            if (now == null || before == null || !before.id().equals(now.id())) {
                clear();
                if (now != null) {
                    Platform.runLater(this::requestCheck); // after the body is loaded
                }
            }
        });
        model.resultProperty().addListener((o, before, result) -> show(result));

        // a right press opens the menu (not every platform sends a context menu event); the event, where it comes
        // too, must not open a second menu or the field's own
        body.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && areaMenu(body, bodyLines, e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        standfirst.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY
                    && areaMenu(standfirst, standfirstLines, e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        headline.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && headlineMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        body.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (menuShowing() || areaMenu(body, bodyLines, e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        standfirst.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (menuShowing() || areaMenu(standfirst, standfirstLines, e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        headline.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (menuShowing() || headlineMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
    }

    /**
     * Starts checking a few seconds after the window is up: loading LanguageTool takes a core for seconds, and the
     * first moments after start-up belong to the user (on a 2-core machine typing competed with it).
     */
    public void start() {
        PauseTransition later = new PauseTransition(START_DELAY);
        later.setOnFinished(e -> {
            started = true;
            model.start(language());
            requestCheck();
        });
        later.play();
    }

    public SpellingModel model() {
        return model;
    }

    /** Tools menu: next mistake (F7), grammar and style on or off. */
    public void addMenus(MenuBar bar) {
        MenuItem next = new MenuItem(t.get("menu.tools.nextMistake"));
        next.setId("menu-next-mistake");
        next.setAccelerator(KeyCombination.keyCombination("F7"));
        next.setOnAction(e -> nextMistake());
        CheckMenuItem grammar = new CheckMenuItem(t.get("menu.tools.grammar"));
        grammar.setId("menu-grammar");
        grammar.setSelected(model.grammarProperty().get());
        model.grammarProperty().addListener((o, a, on) -> grammar.setSelected(on));
        grammar.setOnAction(e -> model.setGrammar(grammar.isSelected()));
        Menu tools = bar.getMenus().stream().filter(m -> "menu-tools".equals(m.getId())).findFirst()
                .orElseGet(() -> {
                    Menu m = new Menu(t.get("menu.tools"));
                    m.setId("menu-tools");
                    bar.getMenus().add(m);
                    return m;
                });
        tools.getItems().addAll(new SeparatorMenuItem(), next, grammar);
    }

    // ---- checking ----------------------------------------------------------------------------------------------

    private Language language() {
        Language l = editor.languageProperty().get();
        return l == null ? Language.ENGLISH : l;
    }

    private void requestCheck() {
        if (!started || editor.storedProperty().get() == null) {
            return;
        }
        model.check(texts());
    }

    /** The texts as they are on screen: headline, standfirst, every body paragraph but pictures. */
    private List<PlacedText> texts() {
        Language lang = language();
        List<PlacedText> out = new ArrayList<>();
        String h = headline.getText() == null ? "" : headline.getText();
        out.add(new PlacedText(TextPlace.HEADLINE, h, ParagraphLanguage.of(h, lang)));
        String s = standfirst.getText();
        out.add(new PlacedText(TextPlace.STANDFIRST, s, ParagraphLanguage.of(s, lang)));
        var paragraphs = body.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph<ParStyle, String, TextStyle> p = paragraphs.get(i);
            if (p.getParagraphStyle().type() != BlockType.IMAGE) {
                String text = p.getText();
                out.add(new PlacedText(TextPlace.body(i), text, ParagraphLanguage.of(text, lang)));
            }
        }
        return out;
    }

    private void show(SpellingModel.Result result) {
        List<AreaUnderlines.Placed> inBody = new ArrayList<>();
        List<AreaUnderlines.Placed> inStandfirst = new ArrayList<>();
        List<Mistake> inHeadline = new ArrayList<>();
        List<PlacedText> current = new ArrayList<>();
        for (PlacedText t : result.texts()) {
            if (stillShown(t)) {
                current.add(t);
            }
        }
        for (Mistake m : result.mistakes()) {
            if (current.stream().noneMatch(t -> t.place().equals(m.place()))) {
                continue; // that text changed since: the next check places its mistakes
            }
            switch (m.place().field()) {
                case HEADLINE -> inHeadline.add(m);
                case STANDFIRST -> inStandfirst.add(new AreaUnderlines.Placed(m, m.start(), m.end()));
                case BODY -> {
                    int start = body.getAbsolutePosition(m.place().block(), m.start());
                    inBody.add(new AreaUnderlines.Placed(m, start, start + m.end() - m.start()));
                }
            }
        }
        headlineLines.show(inHeadline);
        standfirstLines.show(inStandfirst);
        bodyLines.show(inBody);
    }

    private boolean stillShown(PlacedText t) {
        return switch (t.place().field()) {
            case HEADLINE -> t.text().equals(headline.getText());
            case STANDFIRST -> t.text().equals(standfirst.getText());
            case BODY -> t.place().block() < body.getParagraphs().size()
                    && t.text().equals(body.getParagraph(t.place().block()).getText());
        };
    }

    private void clear() {
        headlineLines.show(List.of());
        standfirstLines.clear();
        bodyLines.clear();
    }

    // ---- menus ---------------------------------------------------------------------------------------------------

    private boolean menuShowing() {
        return shownMenu != null && shownMenu.isShowing();
    }

    /** Opens the menu of the underlined word at (x, y) in {@code area}; false when no word there is underlined. */
    private boolean areaMenu(BodyArea area, AreaUnderlines lines, double x, double y, double screenX, double screenY) {
        int position = area.hit(x, y).getInsertionIndex();
        Optional<AreaUnderlines.Placed> found = lines.at(position);
        found.ifPresent(p -> showMenu(p, area, lines, screenX, screenY));
        return found.isPresent();
    }

    private void showMenu(AreaUnderlines.Placed placed, BodyArea area, AreaUnderlines lines, double x, double y) {
        model.withSuggestions(placed.mistake(), m -> showMenu(placed, m, area, lines, x, y));
    }

    private void showMenu(AreaUnderlines.Placed placed, Mistake m, BodyArea area, AreaUnderlines lines, double x,
                          double y) {
        ContextMenu menu = SpellingMenu.build(t, m, new SpellingMenu.Actions() {
            @Override
            public void replace(String with) {
                lines.at(placed.start()).ifPresent(now -> {
                    area.replaceText(now.start(), now.end(), with);
                    area.moveTo(now.start() + with.length());
                });
                area.requestFocus();
            }

            @Override
            public void addToDictionary() {
                model.addToDictionary(m.word(), m.language());
                area.requestFocus();
            }

            @Override
            public void ignore() {
                model.ignore(m.word());
                area.requestFocus();
            }
        });
        open(menu, area, x, y);
    }

    private boolean headlineMenu(double x, double y, double screenX, double screenY) {
        if (!(headline.getSkin() instanceof TextFieldSkin skin)) {
            return false;
        }
        int index = skin.getIndex(x, y).getInsertionIndex();
        Optional<Mistake> found = headlineLines.at(index);
        found.ifPresent(m -> showHeadlineMenu(m, screenX, screenY));
        return found.isPresent();
    }

    private void showHeadlineMenu(Mistake flagged, double x, double y) {
        model.withSuggestions(flagged, m -> showFieldMenu(m, x, y));
    }

    private void showFieldMenu(Mistake m, double x, double y) {
        ContextMenu menu = SpellingMenu.build(t, m, new SpellingMenu.Actions() {
            @Override
            public void replace(String with) {
                if (headline.getText().startsWith(m.word(), m.start())) {
                    headline.replaceText(m.start(), m.end(), with);
                    headline.positionCaret(m.start() + with.length());
                }
                headline.requestFocus();
            }

            @Override
            public void addToDictionary() {
                model.addToDictionary(m.word(), m.language());
            }

            @Override
            public void ignore() {
                model.ignore(m.word());
            }
        });
        open(menu, headline, x, y);
    }

    private void open(ContextMenu menu, javafx.scene.Node owner, double x, double y) {
        if (shownMenu != null) {
            shownMenu.hide();
        }
        shownMenu = menu;
        menu.show(owner, x, y);
    }

    // ---- F7 --------------------------------------------------------------------------------------------------------

    /** Selects the next flagged word after the caret (headline, standfirst, body, then round) and opens its menu. */
    public void nextMistake() {
        record Stop(int field, int start, Runnable go) {
        }
        List<Stop> stops = new ArrayList<>();
        for (Mistake m : headlineLines.mistakes()) {
            stops.add(new Stop(0, m.start(), () -> {
                headline.requestFocus();
                headline.selectRange(m.start(), m.end());
                Bounds b = headline.localToScreen(headline.getLayoutBounds());
                showHeadlineMenu(m, b.getMinX(), b.getMaxY());
            }));
        }
        for (AreaUnderlines.Placed p : standfirstLines.all()) {
            stops.add(new Stop(1, p.start(), () -> goTo(standfirst, standfirstLines, p)));
        }
        for (AreaUnderlines.Placed p : bodyLines.all()) {
            stops.add(new Stop(2, p.start(), () -> goTo(body, bodyLines, p)));
        }
        if (stops.isEmpty()) {
            return;
        }
        int field = headline.isFocused() ? 0 : standfirst.isFocused() ? 1 : body.isFocused() ? 2 : -1;
        int caret = field == 0 ? headline.getCaretPosition() : field == 1 ? standfirst.getCaretPosition()
                : field == 2 ? body.getCaretPosition() : -1;
        // a word the caret is at the end of (just selected by F7) counts as passed
        Stop next = stops.stream().sorted(Comparator.comparingInt(Stop::field).thenComparingInt(Stop::start))
                .filter(s -> s.field() > field || s.field() == field && s.start() >= caret)
                .findFirst().orElse(stops.get(0));
        next.go().run();
    }

    private void goTo(BodyArea area, AreaUnderlines lines, AreaUnderlines.Placed p) {
        area.requestFocus();
        area.selectRange(p.start(), p.end());
        area.requestFollowCaret();
        Platform.runLater(() -> area.getCaretBounds().ifPresent(b -> showMenu(p, area, lines, b.getMinX(), b.getMaxY())));
    }

    @Override
    public void close() {
        pause.stop();
        model.close();
    }

    /** How many words are underlined now, in all three fields (for the status and tests). */
    public int underlined() {
        return headlineLines.mistakes().size() + standfirstLines.count() + bodyLines.count();
    }
}
