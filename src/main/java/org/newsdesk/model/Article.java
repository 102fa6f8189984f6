package org.newsdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.newsdesk.i18n.Message;

/**
 * A news article as stored in the library. Immutable; change it with the {@code with…} methods.
 *
 * @param version  optimistic-concurrency counter: saving on top of an older version is a conflict
 */
public record Article(
        UUID id,
        String slug,
        Language language,
        UUID translationGroup,
        String headline,
        String standfirst,
        String dateline,
        LocalDate date,
        String byline,
        Document body,
        List<String> tags,
        String featuredImage,
        OffsetDateTime embargo,
        ArticleStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static final int HEADLINE_SOFT_LIMIT = 110;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        translationGroup = translationGroup == null ? id : translationGroup;
        headline = headline == null ? "" : headline;
        standfirst = standfirst == null ? "" : standfirst;
        dateline = dateline == null ? "" : dateline;
        byline = byline == null ? "" : byline;
        body = body == null ? Document.EMPTY : body;
        tags = normaliseTags(tags);
        status = status == null ? ArticleStatus.DRAFT : status;
        slug = slug == null || slug.isBlank() ? Slugs.fromHeadline(headline) : slug;
        if (featuredImage != null && featuredImage.isBlank()) {
            featuredImage = null;
        }
    }

    /** A new, unsaved draft. */
    public static Article draft(String headline, Language language, Instant now) {
        UUID id = UUID.randomUUID();
        return new Article(id, null, language, id, headline, "", "", null, "", Document.EMPTY, List.of(),
                null, null, ArticleStatus.DRAFT, 0, now, now);
    }

    /** Tags trimmed, blank ones dropped, duplicates (ignoring case) removed, sorted case-insensitively. */
    public static List<String> normaliseTags(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> out = new ArrayList<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty() && seen.add(t)) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparing((String t) -> t.toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    public Article withHeadline(String v) {
        return new Article(id, slug, language, translationGroup, v, standfirst, dateline, date, byline, body, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withStandfirst(String v) {
        return new Article(id, slug, language, translationGroup, headline, v, dateline, date, byline, body, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withDateline(String v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, v, date, byline, body, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withDate(LocalDate v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, v, byline, body, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withByline(String v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, date, v, body, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withBody(Document v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, date, byline, v, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withTags(List<String> v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, date, byline, body, v,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withLanguage(Language v) {
        return new Article(id, slug, v, translationGroup, headline, standfirst, dateline, date, byline, body, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withSlug(String v) {
        return new Article(id, v, language, translationGroup, headline, standfirst, dateline, date, byline, body, tags,
                featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    public Article withFeaturedImage(String v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, date, byline, body,
                tags, v, embargo, status, version, createdAt, updatedAt);
    }

    public Article withEmbargo(OffsetDateTime v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, date, byline, body,
                tags, featuredImage, v, status, version, createdAt, updatedAt);
    }

    public Article withStatus(ArticleStatus v) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, date, byline, body,
                tags, featuredImage, embargo, v, version, createdAt, updatedAt);
    }

    public Article withTranslationGroup(UUID v) {
        return new Article(id, slug, language, v, headline, standfirst, dateline, date, byline, body,
                tags, featuredImage, embargo, status, version, createdAt, updatedAt);
    }

    /** The stored identity after a save: new version and change time. */
    public Article withStored(long newVersion, Instant created, Instant updated) {
        return new Article(id, slug, language, translationGroup, headline, standfirst, dateline, date, byline, body,
                tags, featuredImage, embargo, status, newVersion, created, updated);
    }

    /** A copy with a new id, back in draft, not yet stored. */
    public Article copyAsNew(Instant now) {
        UUID newId = UUID.randomUUID();
        return new Article(newId, null, language, translationGroup, headline, standfirst, dateline, date, byline, body,
                tags, featuredImage, embargo, ArticleStatus.DRAFT, 0, now, now);
    }

    /** Same words, same metadata: what decides whether there is anything to save. */
    public boolean sameContentAs(Article o) {
        return o != null && language.equals(o.language) && headline.equals(o.headline)
                && standfirst.equals(o.standfirst) && dateline.equals(o.dateline) && Objects.equals(date, o.date)
                && byline.equals(o.byline) && body.equals(o.body) && tags.equals(o.tags)
                && Objects.equals(featuredImage, o.featuredImage) && Objects.equals(embargo, o.embargo)
                && slug.equals(o.slug) && translationGroup.equals(o.translationGroup);
    }

    /**
     * Same words and metadata as the other library's copy of this article: like {@link #sameContentAs} but
     * ignoring what each library decides for itself (slug, translation group, the spelling of tag names).
     */
    public boolean sameTextAs(Article o) {
        return o != null && language.equals(o.language) && headline.equals(o.headline)
                && standfirst.equals(o.standfirst) && dateline.equals(o.dateline) && Objects.equals(date, o.date)
                && byline.equals(o.byline) && body.equals(o.body) && Objects.equals(featuredImage, o.featuredImage)
                && Objects.equals(embargo, o.embargo)
                && tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()
                        .equals(o.tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }

    /** This article with the words and metadata of {@code source}; identity, status and version stay. */
    public Article withTextOf(Article source) {
        return withHeadline(source.headline).withStandfirst(source.standfirst).withDateline(source.dateline)
                .withDate(source.date).withByline(source.byline).withBody(source.body).withTags(source.tags)
                .withFeaturedImage(source.featuredImage).withEmbargo(source.embargo).withLanguage(source.language);
    }

    /** Checks what must hold to leave draft: a headline. */
    public void checkReadyForReview() {
        if (headline.isBlank()) {
            throw new ValidationException("headline", Message.of("error.article.headlineRequired"));
        }
    }
}
