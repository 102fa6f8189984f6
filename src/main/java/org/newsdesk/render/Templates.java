package org.newsdesk.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/**
 * The compiled page and fragment templates and the stylesheet. Compile once, share freely: rendering with
 * a compiled Mustache template is thread-safe.
 */
public final class Templates {
    static final String PAGE = "article.mustache";
    static final String FRAGMENT = "fragment.mustache";
    static final String STYLESHEET = "article.css";

    private final Mustache page;
    private final Mustache fragment;
    private final String stylesheet;

    /**
     * @param overrideDir a folder whose article.mustache, fragment.mustache, article.css or partials replace
     *                    the built-in ones; null for the built-in templates only
     */
    public Templates(Path overrideDir) {
        TemplateSource source = new TemplateSource(overrideDir);
        DefaultMustacheFactory factory = new EscapingMustacheFactory(source);
        this.page = compile(factory, PAGE);
        this.fragment = compile(factory, FRAGMENT);
        this.stylesheet = guardStyle(source.read(STYLESHEET));
    }

    public static Templates builtIn() {
        return new Templates(null);
    }

    String page(ArticlePageView view) {
        return execute(page, view);
    }

    String fragment(FragmentView view) {
        return execute(fragment, view);
    }

    String stylesheet() {
        return stylesheet;
    }

    private static Mustache compile(DefaultMustacheFactory factory, String name) {
        try {
            return factory.compile(name);
        } catch (MustacheException e) {
            throw new BadInputException(Message.of("error.render.badTemplate", name, String.valueOf(e.getMessage())), e);
        }
    }

    private static String execute(Mustache template, Object view) {
        StringWriter out = new StringWriter();
        template.execute(out, view);
        return out.toString();
    }

    /** A stylesheet is inlined in a style element; "</" would let it close that element early. */
    private static String guardStyle(String css) {
        return css.replace("</", "<\\/");
    }

    /** Mustache's {{value}} escaping done by {@link HtmlText}, so the whole page has one escaping rule. */
    private static final class EscapingMustacheFactory extends DefaultMustacheFactory {
        EscapingMustacheFactory(TemplateSource source) {
            super(source);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(HtmlText.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
