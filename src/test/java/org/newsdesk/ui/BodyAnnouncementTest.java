package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader hears the formatting at the caret with the body's role description ("article body, Heading 2,
 * bold"), in the interface's words, and hears it change as the caret moves through differently formatted text.
 */
class BodyAnnouncementTest extends WindowTest {
    @Test
    void theRoleDescriptionFollowsTheFormattingAtTheCaret() throws Exception {
        Messages en = Messages.english();
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null);
        robot.clickOn("#body").write("Plain words ");
        Node body = robot.lookup("#body").query();
        assertThat(fx(body::getAccessibleText)).isEqualTo(en.get("a11y.body"));
        assertThat(description(body)).startsWith(en.get("toolbar.announce.editor"))
                .contains(en.get("menu.format.paragraph")).doesNotContain(en.get("toolbar.announce.bold"));

        robot.push(KeyCode.CONTROL, KeyCode.B).push(KeyCode.CONTROL, KeyCode.I).write("loud");
        AppDriver.waitUntil("bold and italic announced", () -> body.getAccessibleRoleDescription()
                .contains(en.get("toolbar.announce.bold")));
        assertThat(description(body)).contains(en.get("toolbar.announce.bold"), en.get("toolbar.announce.italic"));

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        AppDriver.waitUntil("heading announced", () -> body.getAccessibleRoleDescription()
                .contains(en.get("menu.format.heading2")));

        robot.push(KeyCode.HOME).push(KeyCode.RIGHT); // back into the plain words
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(description(body)).contains(en.get("menu.format.heading2"))
                .doesNotContain(en.get("toolbar.announce.bold"), en.get("toolbar.announce.italic"));
    }

    private String description(Node body) throws Exception {
        return fx(body::getAccessibleRoleDescription);
    }
}
