package org.newsdesk.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.newsdesk.model.Article;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;
import org.newsdesk.importer.WebPictures;
import org.newsdesk.service.ImportOptions;
import org.newsdesk.service.ImportPlan;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.importing.ImportSummaryDialog;
import org.newsdesk.ui.importing.ImportSummaryViewModel;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.Dialogs;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.ui.common.UiPreferences;
import org.newsdesk.ui.common.UiPreferencesStore;
import org.newsdesk.ui.common.UserSession;
import org.newsdesk.ui.details.DetailsView;
import org.newsdesk.ui.details.DetailsViewModel;
import org.newsdesk.ui.dialogs.ConflictDialog;
import org.newsdesk.ui.dialogs.SettingsDialog;
import org.newsdesk.ui.dialogs.TagManagerDialog;
import org.newsdesk.ui.dialogs.TrashDialog;
import org.newsdesk.ui.editor.EditorImages;
import org.newsdesk.ui.editor.EditorPictures;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.FeaturedImageBar;
import org.newsdesk.ui.editor.ImagePicker;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.editor.body.BodyEditor;
import org.newsdesk.ui.spelling.SpellingWiring;
import org.newsdesk.ui.library.LibraryView;
import org.newsdesk.ui.preview.PreviewView;
import org.newsdesk.ui.preview.PreviewViewModel;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.ui.status.StatusBar;
import org.newsdesk.ui.translation.TranslationWiring;

/**
 * The main window: library, editor and side panel in split panes, menu bar on top, status bar below.
 * Builds the views, wires them to their view models, and handles the window-level commands.
 */
public final class MainWindow implements WindowActions {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MainWindow.class.getName());
    private final Stage stage;
    private final Library library;
    private final BackgroundWork background;
    private final UiPreferencesStore preferencesStore;
    private UiPreferences preferences;

    private final LibraryViewModel libraryModel;
    private final EditorViewModel editorModel;
    private final ArticleActions actions;
    private final TranslationWiring translations;
    private final LibraryView libraryView;
    private final EditorView editorView;
    private final BodyEditor body;
    private final EditorImages images;
    private final ThemeSwitcher theme;
    private final SplitPane split = new SplitPane();
    private final Label notice = new Label();
    private final UserSession user;
    private final ReviewWiring review;
    private final Path backupsFolder;
    private final LibraryCommands libraries;
    private final org.newsdesk.service.AppDirectories directories;
    private final TeamWiring team;
    private final SpellingWiring spelling;
    private final Messages t;
    private final WindowServices services;
    private final java.util.List<Runnable> onRebuild = new java.util.ArrayList<>();

    public MainWindow(Stage stage, Library library, UiPreferences preferences, WindowServices services) {
        this.stage = stage;
        this.library = library;
        this.services = services;
        this.t = services.messages();
        this.background = services.background();
        this.preferencesStore = services.preferencesStore();
        this.preferences = preferences.withRecentLibrary(library.file().toAbsolutePath().toString());
        this.user = services.user();
        this.theme = services.theme();
        this.backupsFolder = services.backupsFolder();
        this.directories = services.directories();
        Clock clock = services.clock();
        java.util.function.Consumer<String> openUrl = services.openUrl();

        libraryModel = new LibraryViewModel(t, library.articles(), background, library.workflow()::waitingForMe,
                library.translations()::badges);
        editorModel = new EditorViewModel(t, library.articles(), background);
        body = new BodyEditor(t, url -> {
            if (url.matches("(?i)(https?|mailto):.*")) { // never hand other schemes to the desktop
                openUrl.accept(url);
            }
        }, org.newsdesk.ui.editor.body.TypingSettings.ALL_ON);
        body.area().setId("body");
        org.newsdesk.ui.common.Accessible.named(body.area(), t.get("a11y.body"), t.get("a11y.body.help"));
        body.languageProperty().bind(editorModel.languageProperty());
        applyTyping(preferences);
        editorModel.attachBody(body::document, body::load);
        body.revisionProperty().addListener((o, a, b) -> editorModel.edited());
        actions = new ArticleActions(t, library.articles(), background, editorModel, libraryModel, clock, user::get,
                () -> preferences, this::notify);
        editorModel.setOnConflict(this::resolveConflict);

        libraryView = new LibraryView(t, libraryModel, clock, actions::open);
        EditorPictures pictures = new EditorPictures(library.images(), background);
        body.setPictures(pictures);
        images = new EditorImages(t, library.images(), background, body, this::notify, () -> stage);
        body.setImageIntake(images);
        body.setOnMakeFeatured(editorModel.featuredImageProperty()::set);
        FeaturedImageBar featured = new FeaturedImageBar(t, editorModel, pictures, body::images, images::chooseFile);
        editorView = new EditorView(t, editorModel, body.node(), new org.newsdesk.ui.editor.FormatToolbar(t, body, this::insertImage).node(),
                libraryModel.knownTags(), featured.node());
        actions.setAfterCreate(editorView::focusHeadline);
        editorView.detailsOpenProperty().set(preferences.detailsOpen());
        editorModel.storedProperty().addListener((o, a, article) -> {
            if (article != null) {
                libraryView.reveal(article.id());
            }
        });

        DetailsView details = new DetailsView(t, new DetailsViewModel(t, editorModel.storedProperty(), library.articles(),
                background));
        Tab detailsTab = new Tab(t.get("tab.details"), details.node());
        detailsTab.setClosable(false);
        PreviewViewModel previewModel = new PreviewViewModel(t, library.preview(), background,
                () -> editorModel.storedProperty().get() == null ? null : editorModel.current());
        PreviewView preview = new PreviewView(t, previewModel, openUrl);
        Tab previewTab = new Tab(t.get("tab.preview"), preview.node());
        previewTab.setClosable(false);
        previewTab.setId("tab-preview");
        previewModel.visibleProperty().bind(previewTab.selectedProperty());
        editorModel.editCountProperty().addListener((o, a, b) -> previewModel.changed());
        editorModel.storedProperty().addListener((o, old, now) -> {
            if (now == null || old == null || !old.id().equals(now.id())) {
                previewModel.render();
            }
        });
        TabPane side = new TabPane(previewTab, detailsTab);
        side.setId("side-panel");
        org.newsdesk.ui.common.Accessible.named(side, t.get("a11y.side"), t.get("a11y.side.help"));

        split.getItems().addAll(libraryView.node(), editorView.node(), side);
        split.setId("main-split");
        SplitPane.setResizableWithParent(libraryView.node(), false);
        SplitPane.setResizableWithParent(side, false);

        String fileName = library.file().getFileName().toString();
        Label libraryLabel = new Label(library.isReadOnly() ? t.get("status.library.readOnly", fileName) : fileName);
        StatusBar status = new StatusBar(t, editorModel, body.wordCountProperty(), body.characterCountProperty(), libraryLabel);
        notice.getStyleClass().add("notice");
        notice.setId("notice");
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.setOnMouseClicked(e -> notice.setText(""));

        BorderPane root = new BorderPane(split);
        libraries = new LibraryCommands(t, stage, library.file(), services.switcher(),
                new org.newsdesk.service.BackupService(clock), () -> this.preferences.recentLibraries(), this::notify);
        javafx.scene.control.MenuBar menuBar = MainMenu.build(t, actions, body, this, libraries);
        root.setTop(menuBar);

        // ---- review workflow: Review and History tabs, comments in the body, review menus (ui/review, ui/history)
        review = new ReviewWiring(t, stage, library, background, editorModel, body, libraryModel, user, this::notify);
        review.addTabs(side);
        review.addMenus(menuBar);
        // ---- end of review workflow
        team = new TeamWiring(t, stage, library, background, editorModel, libraryModel, this::notify);
        team.setOnOnline(() -> { // a picture that was on an unreachable team server: it can come now
            if (pictures.waitsForServer()) {
                body.redrawFigures();
            }
        });
        team.addMenu(menuBar);
        status.addAtEnd(team.stateNode());

        // ---- translation sets: Article ▸ Translate…, the Translations tab, side-by-side windows (ui/translation)
        translations = new TranslationWiring(t, stage, library, background, ReviewWiring.openArticle(editorModel,
                libraryModel), actions::open, this::notify, libraryModel::refresh);
        translations.addTab(side);
        translations.addMenuItem(menuBar);

        // ---- spelling and agreed names: underlines, suggestions, F7, name offers (ui/spelling)
        spelling = new SpellingWiring(t, library.spelling(), editorModel, body, editorView,
                e -> notify(org.newsdesk.ui.common.ErrorReporter.message(t, e)));
        spelling.addMenus(menuBar);

        root.setBottom(new VBox(notice, status.node()));
        root.getStyleClass().add("newsdesk");
        enableDrop(root);

        String css = MainWindow.class.getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm();
        if (stage.getScene() != null) { // the window is up already, showing the library opening: same scene
            stage.getScene().setRoot(root);
            root.applyCss(); // laid out now, as showing a new window would, not at the next pulse
            root.layout();
        } else {
            stage.setScene(new Scene(root));
        }
        // Arabic mirrors the whole window (library on the right, menus right to left); the editor's fields keep
        // the article's own direction (EditorView)
        stage.getScene().setNodeOrientation(t.rightToLeft() ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        org.newsdesk.ui.common.InterfaceDirection.apply(root, t); // and the Arabic interface's font
        root.getProperties().put("ui-language", t.language().code());
        if (!stage.getScene().getStylesheets().contains(css)) {
            stage.getScene().getStylesheets().add(css);
        }
        stage.titleProperty().unbind();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Article a = editorModel.storedProperty().get();
            String name = library.file().getFileName().toString();
            String headline = a == null ? null : editorModel.headlineProperty().get();
            return a == null ? t.get("window.title.library", name)
                    : t.get("window.title.article", headline.isBlank() ? t.get("article.untitled") : headline, name);
        }, editorModel.storedProperty(), editorModel.headlineProperty()));
        WindowStateKeeper.restore(stage, split, preferences);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    /** Shows the window and loads the library list; opens {@code articleId} if given. */
    public void show(java.util.UUID articleId) {
        stage.show();
        spelling.start(); // LanguageTool loads in the background once the window is up
        libraryModel.refreshTags();
        libraryModel.refresh(hits -> {
            LOG.info(() -> "Window shown on " + library.file() + ", " + hits.size() + " articles listed");
            if (articleId != null) {
                actions.open(articleId);
            } else if (!hits.isEmpty()) {
                actions.open(hits.get(0).article());
            }
        });
        team.start();
    }

    /** The team library's parts of the window (sync state, join). */
    public TeamWiring team() {
        return team;
    }

    public EditorViewModel editor() {
        return editorModel;
    }

    public LibraryViewModel libraryModel() {
        return libraryModel;
    }

    /** Translation sets: Translate…, the Translations tab, side-by-side windows. */
    public TranslationWiring translations() {
        return translations;
    }

    /** The review workflow's panels and commands. */
    public ReviewWiring review() {
        return review;
    }

    /** Spelling and agreed names in the editor. */
    public SpellingWiring spelling() {
        return spelling;
    }

    private void notify(String message) {
        notice.setText(message);
    }

    private void resolveConflict(EditorViewModel.Conflict conflict) {
        Article base = editorModel.storedProperty().get();
        background.run(() -> library.articles().get(base.id()), theirs -> {
            switch (ConflictDialog.ask(stage, t, conflict.message(), conflict.mine(), theirs)) {
                case KEEP_MINE_AS_COPY -> editorModel.keepMineAsCopy(conflict.mine());
                case TAKE_THEIRS -> editorModel.takeTheirs();
                case DECIDE_LATER -> notify(t.get("notice.conflict.later"));
            }
        }, error -> notify(ErrorReporter.message(t, error)));
    }

    /** Replaces the file dialogs of File › New / Open library, Back up and Restore (tests). */
    public void setLibraryFilePicker(LibraryFilePicker picker) {
        libraries.setFilePicker(picker);
    }

    /** Replaces the file chooser that picks pictures (tests). */
    public void setImagePicker(ImagePicker picker) {
        images.setPicker(picker);
    }

    @Override
    public void insertImage() {
        if (editorModel.storedProperty().get() == null) {
            notify(t.get("notice.picture.noArticle"));
            return;
        }
        images.insertFromFile();
    }

    @Override
    public void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("import.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("import.chooser.filter"),
                library.imports().supportedExtensions().stream().map(e -> "*." + e).toList()));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    /**
     * Imports files (as a drop or File ▸ Import does): they are read and checked on the library thread; when an
     * article's language was not stated by its file, or a picture cannot come along, the import summary shows it
     * first (the language can be changed there); then the articles are stored.
     */
    public void importPaths(List<Path> files) {
        notify(t.get("notice.importing", files.size()));
        background.run(() -> library.imports().read(files, ImportOptions.DETECT), plan -> {
            if (!ImportSummaryViewModel.worthShowing(plan)) {
                storeImport(files, plan, null);
                return;
            }
            ImportSummaryViewModel summary = new ImportSummaryViewModel(t, plan, WebPictures.DROP);
            if (ImportSummaryDialog.show(stage, t, summary)) {
                storeImport(files, plan, summary);
            } else {
                notify(t.get("notice.import.nothing"));
            }
        }, error -> notify(ErrorReporter.message(t, error)));
    }

    private void storeImport(List<Path> files, ImportPlan plan, ImportSummaryViewModel summary) {
        background.run(() -> {
            ImportPlan chosen = plan;
            if (summary != null) {
                // links to web pictures need the files read again; the languages chosen stay
                chosen = summary.chosen(summary.webPictures() == WebPictures.DROP ? plan
                        : library.imports().read(files, ImportOptions.DETECT.withWebPictures(summary.webPictures())));
            }
            return new StoredImport(library.imports().store(chosen), chosen.warnings().size());
        }, stored -> {
            notify(stored.leftOut() == 0 ? t.get("notice.imported", stored.articles().size())
                    : t.get("notice.imported.leftOut", stored.articles().size(), stored.leftOut()));
            libraryModel.refreshTags();
            libraryModel.refresh();
            if (stored.articles().size() == 1) {
                actions.open(stored.articles().get(0).id());
            }
        }, error -> notify(ErrorReporter.message(t, error)));
    }

    private record StoredImport(List<Article> articles, int leftOut) {
    }

    private void enableDrop(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    public void showExport() {
        Article open = editorModel.storedProperty().get();
        java.util.List<java.util.UUID> listed = libraryModel.results().stream().map(h -> h.article().id()).toList();
        editorModel.flush().whenComplete((s, err) -> Platform.runLater(() -> {
            var model = new org.newsdesk.ui.export.ExportViewModel(t, library.exports(), open == null ? null : open.id(),
                    listed, preferences.exportDestination());
            model.setPublisher(library.workflow()::publishApproved);
            String destination = org.newsdesk.ui.export.ExportDialog.show(stage, t, model);
            libraryModel.refresh(); // statuses may have changed (bundles can publish)
            if (open != null && !editorModel.hasUnsavedChanges()) {
                background.run(() -> library.articles().get(open.id()), editorModel::open, e -> { });
            }
            if (destination != null && !destination.isBlank()) {
                preferences = preferences.withExportDestination(destination);
                preferencesStore.saveInBackground(background, preferences);
            }
        }));
    }

    @Override
    public void showTrash() {
        editorModel.flush().whenComplete((s, err) -> background.run(library.articles()::trashed,
                trashed -> TrashDialog.show(stage, t, trashed, actions::restore, () -> background.run(
                        library.articles()::emptyTrash, n -> notify(t.get("notice.trash.emptied", n)),
                        e -> notify(ErrorReporter.message(t, e)))),
                e -> notify(ErrorReporter.message(t, e))));
    }

    @Override
    public void showTagManager() {
        editorModel.flush().whenComplete((s, err) -> background.run(library.articles()::tags, tags -> {
            TagManagerDialog[] dialog = new TagManagerDialog[1];
            dialog[0] = new TagManagerDialog(stage, t,
                    (from, to) -> retag(() -> library.articles().renameTag(from, to), dialog[0]),
                    name -> retag(() -> library.articles().deleteTag(name), dialog[0]));
            dialog[0].show(tags);
        }, e -> notify(ErrorReporter.message(t, e))));
    }

    private void retag(java.util.concurrent.Callable<Integer> change, TagManagerDialog dialog) {
        background.run(() -> {
            change.call();
            return library.articles().tags();
        }, tags -> {
            dialog.update(tags);
            libraryModel.refreshTags();
            libraryModel.refresh();
            Article open = editorModel.storedProperty().get();
            if (open != null && !editorModel.hasUnsavedChanges()) {
                background.run(() -> library.articles().get(open.id()), editorModel::open, e -> { });
            }
        }, e -> notify(ErrorReporter.message(t, e)));
    }

    /** Builds the window again in {@code language} (what Settings does when the language changes). */
    public void switchLanguage(UiLanguage language, org.newsdesk.i18n.Digits digits) {
        services.languages().switchTo(language, digits);
    }

    /** The language the window speaks. */
    public Messages messages() {
        return t;
    }

    @Override
    public void showSettings() {
        SettingsDialog.edit(stage, t, preferences, backupsFolder.toString(), team.fetching(), team::setFetching)
                .ifPresent(p -> {
            preferences = p;
            preferencesStore.saveInBackground(background, p);
            applyTyping(p);
            UiLanguage language = p.language().orElse(t.language());
            if (language != t.language() || (language == UiLanguage.ARABIC && p.digitsChoice() != t.digits())) {
                services.languages().switchTo(language, p.digitsChoice()); // the window is built again
            }
        });
    }

    private void applyTyping(UiPreferences p) {
        body.typingSettingsProperty().set(new org.newsdesk.ui.editor.body.TypingSettings(p.smartQuotes(),
                p.enDashes(), p.frenchSpacing(), true));
    }

    @Override
    public void showProfile() {
        org.newsdesk.ui.dialogs.ProfileDialog.ask(stage, t, user.get()).ifPresent(u -> {
            user.change(u);
            // profile.json is written on the library thread; the change holds for this run even if that fails
            background.run(() -> {
                user.remember(u);
                return u;
            }, saved -> notify(t.get("notice.profile.changed", u.name(), t.get(u.role().nameKey()))),
                    e -> notify(ErrorReporter.message(t, e)));
        });
    }

    @Override
    public void showAbout() {
        org.newsdesk.ui.dialogs.AboutDialog.show(stage, t, org.newsdesk.service.AppVersions.current(), library.file(),
                org.newsdesk.service.AppLog.folder(directories), backupsFolder);
    }

    @Override
    public void showShortcuts() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(stage);
        help.setTitle(t.get("shortcuts.title"));
        help.setHeaderText(t.get("shortcuts.title"));
        help.setContentText(t.get("shortcuts.text"));
        Dialogs.prepare(help, stage, t).showAndWait();
    }

    @Override
    public void focusSearch() {
        libraryView.focusSearch();
    }

    @Override
    public BooleanProperty detailsOpenProperty() {
        return editorView.detailsOpenProperty();
    }

    @Override
    public BooleanProperty darkThemeProperty() {
        return theme.darkProperty();
    }

    /** Saves the open article and the window layout, then closes. Waits for the save: no lost work. */
    @Override
    public void quit() {
        close(() -> {
            stage.hide();
            onClosed.run();
        });
    }

    /** Saves the open article and the window layout, then runs {@code then}; the window stays up (for another library). */
    public void closeLibrary(Runnable then) {
        close(then);
    }

    /** What the window remembers now, as the next library's window should start from it. */
    public UiPreferences preferences() {
        return preferences;
    }

    private void close(Runnable then) {
        preferences = WindowStateKeeper.capture(stage, split, preferences).withDark(theme.darkProperty().get())
                .withDetailsOpen(editorView.detailsOpenProperty().get());
        preferencesStore.saveInBackground(background, preferences); // written before the app ends (DesktopApp.stop)
        editorModel.flush().whenComplete((s, error) -> Platform.runLater(() -> {
            if (error != null) {
                Alert alert = new Alert(Alert.AlertType.WARNING, ErrorReporter.message(t, error)
                        + "\n" + t.get("close.unsaved.question"), javafx.scene.control.ButtonType.CANCEL,
                        javafx.scene.control.ButtonType.OK);
                Dialogs.prepare(alert, stage, t);
                if (alert.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) != javafx.scene.control.ButtonType.OK) {
                    return;
                }
            }
            team.close(); // the next library (or none) gets its own sync
            spelling.close();
            then.run();
        }));
    }

    private Runnable onClosed = () -> { };

    public void setOnClosed(Runnable onClosed) {
        this.onClosed = onClosed;
    }
}
