package org.newsdesk.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.newsdesk.model.Article;
import org.newsdesk.model.TranslationMember;
import org.newsdesk.model.TranslationSet;

/**
 * The other languages of a page's translation set, as its head and JSON-LD name them: {@code hreflang} links to
 * every member (itself included) plus {@code x-default} (the set's source), {@code og:locale:alternate}, and
 * schema.org {@code workTranslation} / {@code translationOfWork}. URLs come from the site base URL and slugs.
 *
 * @param members the members to name (those the site has or will have), the page's own included
 */
public record PageAlternates(TranslationSet set, List<TranslationMember> members) {
    public static final PageAlternates NONE = new PageAlternates(null, List.of());

    public PageAlternates {
        members = List.copyOf(members);
    }

    /** The set's members for which {@code linkable} holds (published, or in the same export). */
    public static PageAlternates of(TranslationSet set, Predicate<TranslationMember> linkable) {
        if (set == null || !set.isShared()) {
            return NONE;
        }
        return new PageAlternates(set, set.present().stream().filter(linkable).toList());
    }

    boolean isEmpty() {
        return members.size() < 2;
    }

    /** hreflang links: every member, then x-default. Empty without a base URL (they must be absolute). */
    List<AlternateLink> links(PageOptions options) {
        if (isEmpty() || options.siteBaseUrl() == null) {
            return List.of();
        }
        List<AlternateLink> out = new ArrayList<>();
        for (TranslationMember m : members) {
            out.add(new AlternateLink(m.language().tag(), options.canonicalUrl(m.slug()).orElseThrow()));
        }
        defaultMember().ifPresent(m -> out.add(new AlternateLink("x-default", options.canonicalUrl(m.slug()).orElseThrow())));
        return out;
    }

    /** og:locale:alternate values: the other members' locales. */
    List<String> otherLocales(Article self) {
        return isEmpty() ? List.of() : members.stream().filter(m -> !m.articleId().equals(self.id()))
                .map(m -> m.language().tag().replace('-', '_')).toList();
    }

    /** The x-default member: the set's source when it is among the members, else the first member. */
    public Optional<TranslationMember> defaultMember() {
        if (isEmpty()) {
            return Optional.empty();
        }
        return members.stream().filter(m -> m.articleId().equals(set.sourceId())).findFirst()
                .or(() -> Optional.of(members.get(0)));
    }

    /** What {@code self} was translated from, if it is among the members. */
    public Optional<TranslationMember> sourceOf(Article self) {
        UUID source = set == null ? null : set.member(self.id()).map(TranslationMember::sourceId).orElse(null);
        Optional<TranslationMember> direct = members.stream().filter(m -> m.articleId().equals(source)).findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        return defaultMember().filter(m -> !m.articleId().equals(self.id()));
    }

    /** The members translated from {@code self} (all others when it is the x-default). */
    List<TranslationMember> translationsOf(Article self) {
        boolean isDefault = defaultMember().map(m -> m.articleId().equals(self.id())).orElse(false);
        return members.stream().filter(m -> !m.articleId().equals(self.id()))
                .filter(m -> isDefault || self.id().equals(m.sourceId())).toList();
    }

    /** One {@code <link rel="alternate">}. */
    public record AlternateLink(String hreflang, String href) {
    }
}
