package org.newsdesk.ui.editor.body;

/**
 * Which typography helpers run while typing. Each one can be switched off in the user's settings.
 *
 * @param smartQuotes   straight quotes become the language's quotation marks (“ ” / « » / « »)
 * @param enDash        " - " between words becomes " – "
 * @param frenchSpacing in French, a no-break space goes before ; : ! ? and inside « »
 * @param markdown      "## ", "- ", "1. ", "> ", **bold** and _italic_ format as they are typed
 */
public record TypingSettings(boolean smartQuotes, boolean enDash, boolean frenchSpacing, boolean markdown) {

    public static final TypingSettings ALL_ON = new TypingSettings(true, true, true, true);
    public static final TypingSettings ALL_OFF = new TypingSettings(false, false, false, false);
}
