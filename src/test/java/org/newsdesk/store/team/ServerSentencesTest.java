package org.newsdesk.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;

/** The team server's refusals, raised in English by its SQL, are said in the user's language. */
class ServerSentencesTest {
    private final Messages french = Messages.of(UiLanguage.FRENCH, Digits.LATIN);
    private final Messages arabic = Messages.of(UiLanguage.ARABIC, Digits.LATIN);

    @Test
    void aRefusalWithTheArticlesStateIsSaidInFrenchAndArabic() {
        var refusal = ServerSentences.of("A press officer can delete for good only drafts and articles with changes"
                + " requested; this one is in-review.");

        assertThat(Messages.english().text(refusal)).startsWith("A press officer can delete for good only drafts")
                .endsWith("this one is " + Messages.english().get("articleStatus.inReview") + ".");
        assertThat(french.text(refusal)).startsWith("Un·e chargé·e de communication ne peut supprimer définitivement")
                .contains(french.get("articleStatus.inReview"));
        assertThat(arabic.text(refusal)).startsWith("لا يحذف المسؤول الإعلامي نهائيًا")
                .contains(arabic.get("articleStatus.inReview"));
        assertThat(french.text(ServerSentences.of("Only an editor can approve an article.")))
                .isEqualTo("Seul·e un·e rédacteur·rice en chef peut approuver un article.");
        assertThat(ServerSentences.of("A sentence of a newer server.").isLiteral()).isTrue();
    }

    @Test
    void everySentenceTheServerRaisesIsOneWeKnow() throws Exception {
        // every RAISE EXCEPTION of the server's schema scripts, its % filled as the server fills it: a sentence added
        // to the SQL without a translation fails here
        Pattern raise = Pattern.compile("RAISE EXCEPTION '([^']+)'");
        int checked = 0;
        for (String script : new String[] {"S1__team.sql", "S2__trash.sql"}) {
            String sql = Files.readString(Path.of("src/main/resources/org/newsdesk/store/team", script),
                    StandardCharsets.UTF_8);
            Matcher m = raise.matcher(sql);
            while (m.find()) {
                String sentence = m.group(1).equals("Only an editor can %.") ? "Only an editor can request changes."
                        : m.group(1).replace("\"%\"", "\"approve\"").replaceFirst("can %", "can move to the trash")
                        .replace("%", "draft");
                assertThat(ServerSentences.of(sentence).isLiteral()).as(sentence).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }
}
