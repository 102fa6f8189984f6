package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Merges two copies of an article that both changed since a common base, field by field (headline, standfirst,
 * dateline, date, byline, language, tags, featured picture, embargo, body): a field changed on one side only takes
 * that side's value; a field changed on both sides to different values is a conflict. Pure and stateless.
 */
public final class ThreeWayMerge {

    public enum Outcome {
        /** Nothing to merge: theirs did not change (or both made the same change). */
        OURS,
        /** Ours did not change: theirs is the result. */
        THEIRS,
        /** Both changed, different fields: the result has both sides' changes. */
        MERGED,
        /** Both changed the same field differently: no automatic result. */
        CONFLICT
    }

    /** The outcome; {@code article} is the merged text on ours' identity, or null for a conflict. */
    public record Result(Outcome outcome, Article article, List<String> conflictingFields) {
    }

    private record Field<T>(String name, Function<Article, T> get, BiFunction<Article, T, Article> set) {
    }

    private static final List<Field<?>> FIELDS = List.of(
            new Field<>("headline", Article::headline, Article::withHeadline),
            new Field<>("standfirst", Article::standfirst, Article::withStandfirst),
            new Field<>("dateline", Article::dateline, Article::withDateline),
            new Field<>("date", Article::date, Article::withDate),
            new Field<>("byline", Article::byline, Article::withByline),
            new Field<>("language", Article::language, Article::withLanguage),
            new Field<>("tags", a -> a.tags().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList(),
                    (a, v) -> a),  // tags are set below with their spelling
            new Field<>("featured picture", Article::featuredImage, Article::withFeaturedImage),
            new Field<>("embargo", Article::embargo, Article::withEmbargo),
            new Field<>("body", Article::body, Article::withBody));

    public Result merge(Article base, Article ours, Article theirs) {
        if (theirs.sameTextAs(ours) || theirs.sameTextAs(base)) {
            return new Result(Outcome.OURS, ours, List.of());
        }
        if (ours.sameTextAs(base)) {
            return new Result(Outcome.THEIRS, ours.withTextOf(theirs), List.of());
        }
        Article merged = ours;
        List<String> conflicts = new ArrayList<>();
        for (Field<?> field : FIELDS) {
            merged = mergeField(field, base, ours, theirs, merged, conflicts);
        }
        return conflicts.isEmpty() ? new Result(Outcome.MERGED, merged, List.of())
                : new Result(Outcome.CONFLICT, null, List.copyOf(conflicts));
    }

    private static <T> Article mergeField(Field<T> f, Article base, Article ours, Article theirs, Article merged,
                                          List<String> conflicts) {
        T b = f.get().apply(base);
        T o = f.get().apply(ours);
        T t = f.get().apply(theirs);
        if (Objects.equals(o, t) || Objects.equals(t, b)) {
            return merged;
        }
        if (Objects.equals(o, b)) {
            return f.name().equals("tags") ? merged.withTags(theirs.tags()) : f.set().apply(merged, t);
        }
        conflicts.add(f.name());
        return merged;
    }
}
