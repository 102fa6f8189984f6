package org.newsdesk.service;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.render.PageOptions;
import org.newsdesk.store.Database;
import org.newsdesk.store.SettingsStore;

/**
 * The library's own settings that people may change: where the site lives, what it is called, and a folder
 * of templates that makes exported pages look like the site.
 */
public final class SettingsService {

    /** A setting: the name people type ({@code config site.base-url …}) and the key the library keeps it under. */
    public enum Setting {
        SITE_BASE_URL("site.base-url", "site.baseUrl"),
        SITE_NAME("site.name", "site.name"),
        /** A folder whose article.mustache, fragment.mustache or article.css replace the built-in ones. */
        TEMPLATES_FOLDER("templates.folder", "templates.folder"),
        /** The languages every translation set should have (comma-separated); unset: en, fr, ar. */
        TRANSLATION_LANGUAGES("translation.languages", "translation.languages"),
        /** "on": LanguageTool's grammar and style rules are checked as well as spelling (off by default). */
        SPELLING_GRAMMAR("spelling.grammar", SpellingService.GRAMMAR_KEY);

        private final String label;
        private final String key;

        Setting(String label, String key) {
            this.label = label;
            this.key = key;
        }

        public String label() {
            return label;
        }

        public static Setting parse(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(s -> s.label.equals(wanted) || s.key.toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException(Message.of("error.settings.unknown", name,
                            String.join(", ", Arrays.stream(values()).map(Setting::label).toList()))));
        }
    }

    private final Database db;
    private final SettingsStore store;

    SettingsService(Database db, SettingsStore store) {
        this.db = db;
        this.store = store;
    }

    public Optional<String> get(Setting setting) {
        return db.read(c -> store.get(c, setting.key)).filter(v -> !v.isBlank());
    }

    /** Every setting with its value, unset ones included (as empty). */
    public Map<Setting, String> all() {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        db.read(c -> {
            for (Setting s : Setting.values()) {
                values.put(s, store.get(c, s.key).orElse(""));
            }
            return null;
        });
        return values;
    }

    /** Sets a value after checking it; a blank value removes the setting. */
    public void set(Setting setting, String value) {
        String stripped = value == null ? "" : value.strip();
        String checked = switch (setting) {
            case SITE_BASE_URL -> stripped.isEmpty() ? "" : new PageOptions(stripped, null).siteBaseUrl();
            case SITE_NAME -> stripped;
            case TRANSLATION_LANGUAGES -> String.join(",", java.util.Arrays.stream(stripped.split("[,\\s]+"))
                    .filter(t -> !t.isEmpty()).map(t -> org.newsdesk.model.Language.of(t).tag()).distinct().toList());
            case SPELLING_GRAMMAR -> switch (stripped.toLowerCase(Locale.ROOT)) {
                case "on", "yes", "true" -> "on";
                case "", "off", "no", "false" -> "";
                default -> throw new BadInputException(Message.of("error.settings.grammarOnOff", stripped));
            };
            case TEMPLATES_FOLDER -> {
                if (!stripped.isEmpty() && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(stripped))) {
                    throw new BadInputException(Message.of("error.settings.noTemplatesFolder", stripped));
                }
                yield stripped.isEmpty() ? "" : java.nio.file.Path.of(stripped).toAbsolutePath().toString();
            }
        };
        db.write(c -> {
            if (checked.isEmpty()) {
                store.delete(c, setting.key);
            } else {
                store.put(c, setting.key, checked);
            }
            return null;
        });
    }

    /** What the renderer needs to know about the site: base URL for canonical links, and its name. */
    public PageOptions pageOptions() {
        Map<Setting, String> values = all();
        return new PageOptions(values.get(Setting.SITE_BASE_URL), values.get(Setting.SITE_NAME));
    }
}
