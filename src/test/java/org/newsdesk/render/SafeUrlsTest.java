package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org", "HTTPS://EXAMPLE.ORG/",
            "mailto:press@example.org", "https://example.org/\u0645\u064a\u0627\u0647",
            "#note-1", "#anchor"}) // a place in the same page: how notes link to each other
    void keepsWebAndMailLinks(String href) {
        assertThat(SafeUrls.link(href)).contains(href);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "\u0000javascript:alert(1)", "vbscript:x", "data:text/html,<script>", "file:///etc/passwd",
            "/relative", "relative.html", "#", "#1st", "#a b", "#a\"onclick=x", "http:no-host", "https://", "mailto:", "ftp://example.org/",
            "https://exa mple.com/", ""})
    void dropsEverythingElse(String href) {
        assertThat(SafeUrls.link(href)).isEmpty();
    }

    @Test
    void encodesCharactersUrlsMayNotContain() {
        assertThat(SafeUrls.link("https://example.org/a b\"c<d>?x=50%&y=%41"))
                .contains("https://example.org/a%20b%22c%3Cd%3E?x=50%25&y=%41");
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/photo.jpg", "../photo.png", "https://cdn.example.org/p.jpg",
            "file:///home/me/library/assets/ab.jpg", "data:image/png;base64,iVBORw0KGgo="})
    void keepsImageSources(String src) {
        assertThat(SafeUrls.imageSource(src)).contains(src);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml,<svg onload=alert(1)>",
            "vbscript:x", "", "  "})
    void dropsUnsafeImageSources(String src) {
        assertThat(SafeUrls.imageSource(src)).isEmpty();
    }
}
