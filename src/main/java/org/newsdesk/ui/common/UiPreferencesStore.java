package org.newsdesk.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newsdesk.codec.JsonCodec;

/** Reads and writes {@link UiPreferences} as ui.json in the config folder; a broken file means defaults. */
public final class UiPreferencesStore {
    private final Path file;
    private final JsonCodec json;

    public UiPreferencesStore(Path configDir, JsonCodec json) {
        this.file = configDir.resolve("ui.json");
        this.json = json;
    }

    public UiPreferences load() {
        try {
            if (Files.isRegularFile(file)) {
                return json.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8), UiPreferences.class);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable preferences are not worth stopping the app for: start with defaults
        }
        return UiPreferences.defaults();
    }

    /**
     * Saves on the library thread, after the work queued before it: the FX thread never touches the file, and the
     * last preferences queued are the ones on disk. {@link BackgroundWork#finish} runs them before the app ends.
     */
    public void saveInBackground(BackgroundWork background, UiPreferences prefs) {
        background.run(() -> {
            save(prefs);
            return prefs;
        }, saved -> { }, error -> { });
    }

    /** Written atomically so a crash mid-write never leaves a half file. Failures are ignored: it is only layout. */
    public void save(UiPreferences prefs) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "ui", ".tmp");
            Files.writeString(tmp, json.writePretty(prefs), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // layout is not work: losing it is acceptable, and the user is not bothered about it
        }
    }
}
