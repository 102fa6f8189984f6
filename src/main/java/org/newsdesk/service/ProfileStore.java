package org.newsdesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;

/** The user's name and role, saved in the user's config folder (profile.json). */
public final class ProfileStore {
    private final Path file;
    private final JsonCodec json;

    public ProfileStore(Path configDir, JsonCodec json) {
        this.file = configDir.resolve("profile.json");
        this.json = json;
    }

    /** The saved profile, or empty on first start (or when the file is unreadable). */
    public Optional<User> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            return Optional.of(new User(node.path("name").asText(), Role.parse(node.path("role").asText())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The saved profile, or the operating-system user as a press officer. */
    public User loadOrDefault() {
        return load().orElseGet(this::suggestion);
    }

    /** What the first-start question suggests: the system user's full name where the system knows it. */
    public User suggestion() {
        return new User(SystemUserName.find(), Role.PRESS_OFFICER);
    }

    public void save(User user) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "profile", ".tmp");
            Files.writeString(tmp, json.writePretty(java.util.Map.of("name", user.name(), "role", user.role().label())),
                    StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NewsdeskException(Message.of("error.profile.cannotSave", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
