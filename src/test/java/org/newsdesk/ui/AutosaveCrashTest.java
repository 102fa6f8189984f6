package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.SearchHit;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;
import org.testfx.api.FxRobot;

/**
 * Kills the real app with SIGKILL (kill -9) after typing stops and checks that what was typed is in the
 * library when it is opened again: autosave loses at most the last two seconds.
 */
class AutosaveCrashTest {
    private static final String HEADLINE = "Typed just before the crash";
    private static final String STANDFIRST = "Nothing typed two seconds ago may be lost.";

    @TempDir
    Path dir;

    @Test
    void killingTheAppLosesNothingTypedTwoSecondsBeforeTheKill() throws Exception {
        Path library = dir.resolve("crash.newsdesk");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path")));
        for (String p : List.of("testfx.robot", "testfx.headless", "glass.platform", "monocle.platform", "prism.order",
                "prism.text", "java.awt.headless", "user.language", "user.country")) { // as surefire's JVM: English
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(TypingApp.class.getName(), dir.toString(), library.toString()));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.currentTimeMillis() + 60_000;
            while ((line = out.readLine()) != null && System.currentTimeMillis() < deadline) {
                output.append(line).append('\n');
                if (line.equals("TYPED")) {
                    break;
                }
            }
            assertThat(output.toString()).as("the app should have typed").contains("TYPED");
            Thread.sleep(2_000); // typing stopped two seconds ago
            app.destroyForcibly(); // SIGKILL: no shutdown hooks, no close handlers
            assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            app.destroyForcibly();
        }
        assertThat(app.exitValue()).isEqualTo(137); // 128 + SIGKILL
        try (Library reopened = TestLibrary.open(library)) {
            List<SearchHit> hits = reopened.articles().search(ArticleFilter.text("crash"));
            assertThat(hits).as(output.toString()).hasSize(1);
            var article = reopened.articles().get(hits.get(0).article().id());
            assertThat(article.headline()).isEqualTo(HEADLINE);
            assertThat(article.standfirst()).isEqualTo(STANDFIRST);
        }
    }

    /** The child process: the real app on a headless screen, typed into by the robot like a person. */
    public static final class TypingApp {
        public static void main(String[] args) throws Exception {
            AppDriver app = AppDriver.start(Path.of(args[0]), Path.of(args[1]));
            FxRobot robot = new FxRobot();
            robot.push(KeyCode.CONTROL, KeyCode.N);
            AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null);
            robot.clickOn("#headline").write(HEADLINE);
            robot.clickOn("#standfirst").write(STANDFIRST);
            System.out.println("TYPED");
            System.out.flush();
            Thread.sleep(120_000); // wait to be killed
        }
    }
}
