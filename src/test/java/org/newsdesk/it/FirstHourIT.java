package org.newsdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first hour of a newcomer, on the real program: the built jar in its own process, an empty home folder,
 * a real X server and real key presses. TestFX tests cannot see this path: they prepare the toolkit, the
 * profile and the library themselves, and keep JavaFX alive when a window closes.
 */
class FirstHourIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final String HEADLINE = "Zanzibar festival opens with forty bands";
    private static final String LIBRARY = " — library\\.newsdesk";

    @TempDir
    Path home;

    @Test
    void aNewcomerAnswersTheQuestionWritesSurvivesAKillAndFindsTheHeadlineBySearch() throws Exception {
        Path screens = Files.createDirectories(Path.of("target", "first-hour"));
        try (XDisplay x = XDisplay.start(1280, 800)) {
            RealApp first = RealApp.start(home, x, home.resolve("first.out"));
            try {
                String welcome = x.awaitWindow("^Welcome to Newsdesk$", START);
                x.screenshot(screens.resolve("1-question.png"));
                x.focus(welcome);
                x.key("ctrl+a");
                x.type("Leila Haddad");
                x.key("Return");

                String window = x.awaitWindow("^Newsdesk", START);
                // the list filled and the newest sample opened in the editor: its headline is in the title
                x.awaitTitle(window, "Newsdesk — .+" + LIBRARY, START);
                x.screenshot(screens.resolve("2-main-window.png"));
                assertThat(first.isAlive()).as("still running after the first question").isTrue();
                assertThat(log()).contains("3 articles listed");
                assertThat(Files.readString(home.resolve(".config/newsdesk/profile.json"))).contains("Leila Haddad");

                x.focus(window);
                x.key("ctrl+n");
                x.awaitTitle(window, "Newsdesk — Untitled" + LIBRARY, Duration.ofSeconds(30));
                x.type(HEADLINE);
                x.awaitTitle(window, "Newsdesk — " + HEADLINE + LIBRARY, Duration.ofSeconds(30));
                Thread.sleep(2_000); // two seconds after typing stops, the plug is pulled
                first.kill9();
            } finally {
                first.stopIfRunning();
            }

            RealApp second = RealApp.start(home, x, home.resolve("second.out"));
            try {
                String window = x.awaitWindow("^Newsdesk", START);
                x.awaitTitle(window, "Newsdesk — .+" + LIBRARY, START);
                assertThat(x.findWindow("^Welcome to Newsdesk$")).as("asked again who is writing").isEmpty();
                x.focus(window);
                // open another article by search first, so the headline's title proves the second search
                x.key("ctrl+l");
                x.type("heritage classrooms");
                x.key("Return");
                x.awaitTitle(window, "Newsdesk — Heritage classrooms.*" + LIBRARY, Duration.ofSeconds(30));
                x.key("ctrl+l");
                x.type("zanzib");
                x.key("Return");
                x.awaitTitle(window, "Newsdesk — " + HEADLINE + LIBRARY, Duration.ofSeconds(30));
                x.screenshot(screens.resolve("3-found-after-kill.png"));

                x.key("ctrl+q");
                assertThat(second.awaitExit(Duration.ofSeconds(30))).as("exit code after Quit").isZero();
            } finally {
                second.stopIfRunning();
            }
        }
        RealApp.Result list = RealApp.run(home, "search", "zanzibar");
        assertThat(list.output()).contains(HEADLINE);
    }

    private String log() throws Exception {
        return Files.readString(home.resolve(".local/share/newsdesk/logs/newsdesk.0.log"), StandardCharsets.UTF_8);
    }
}
