package org.newsdesk.render;

/**
 * What fragment.mustache can show: the rendered body, with the article's language and direction for a
 * template that wants to wrap it.
 */
public record FragmentView(String lang, String dir, String bodyHtml) {
}
