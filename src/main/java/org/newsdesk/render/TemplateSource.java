package org.newsdesk.render;

import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/**
 * Finds template files: first in a newsroom's override folder (when given), else the built-in ones on the
 * classpath under /assets/templates. A folder may override any single file and inherit the rest.
 */
final class TemplateSource implements MustacheResolver {
    private static final String BUILT_IN = "/assets/templates/";
    private final Path overrideDir;

    TemplateSource(Path overrideDir) {
        if (overrideDir != null && !Files.isDirectory(overrideDir)) {
            throw new BadInputException(Message.of("error.render.noTemplateFolder", overrideDir.toString()));
        }
        this.overrideDir = overrideDir == null ? null : overrideDir.toAbsolutePath().normalize();
    }

    @Override
    public Reader getReader(String name) {
        InputStream in = open(name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The whole file as text; fails with a clear message when neither place has it. */
    String read(String name) {
        try (InputStream in = open(name)) {
            if (in == null) {
                throw new BadInputException(Message.of("error.render.noTemplate", name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.render.unreadableTemplate", name, String.valueOf(e.getMessage())), e);
        }
    }

    private InputStream open(String name) {
        Path override = overridden(name);
        if (override != null) {
            try {
                return Files.newInputStream(override);
            } catch (IOException e) {
                throw new BadInputException(Message.of("error.render.unreadableTemplate", override.toString(),
                        String.valueOf(e.getMessage())), e);
            }
        }
        return TemplateSource.class.getResourceAsStream(BUILT_IN + stripLeadingSlash(name));
    }

    /** The override file for {@code name}, if there is one and it stays inside the folder. */
    private Path overridden(String name) {
        if (overrideDir == null) {
            return null;
        }
        Path candidate = overrideDir.resolve(stripLeadingSlash(name)).normalize();
        return candidate.startsWith(overrideDir) && Files.isRegularFile(candidate) ? candidate : null;
    }

    private static String stripLeadingSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }
}
