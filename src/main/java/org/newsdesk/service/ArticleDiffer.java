package org.newsdesk.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockDiff;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.FieldChange;

/**
 * Compares two versions of an article: the metadata field by field, the body block by block (blocks aligned
 * with a diff, a changed block paired with the most similar one so an inserted paragraph does not look like a
 * rewrite of the next), and the words of each changed block.
 */
final class ArticleDiffer {
    /** Blocks sharing at least this share of their words are taken for the same block, changed. */
    private static final double SAME_BLOCK = 0.5;

    private record Field(String name, Function<Article, String> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("headline", Article::headline),
            new Field("standfirst", Article::standfirst),
            new Field("tags", a -> String.join(", ", a.tags())),
            new Field("language", a -> a.language().tag()),
            new Field("dateline", Article::dateline),
            new Field("date", a -> a.date() == null ? "" : a.date().toString()),
            new Field("byline", Article::byline),
            new Field("embargo", a -> a.embargo() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.embargo())));

    ArticleDiff compare(Article before, Article after, String fromLabel, String toLabel) {
        List<FieldChange> metadata = new ArrayList<>();
        for (Field field : FIELDS) {
            String a = field.value().apply(before);
            String b = field.value().apply(after);
            if (!a.equals(b)) {
                metadata.add(new FieldChange(field.name(), a, b, WordDiff.segments(a, b)));
            }
        }
        return new ArticleDiff(fromLabel, toLabel, metadata, blocks(before.body().blocks(), after.body().blocks()));
    }

    private static List<BlockDiff> blocks(List<Block> a, List<Block> b) {
        List<BlockDiff> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<Block> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            for (Block same : a.subList(position, start)) {
                out.add(unchanged(same));
            }
            out.addAll(pair(delta.getSource().getLines(), delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        for (Block same : a.subList(position, a.size())) {
            out.add(unchanged(same));
        }
        return out;
    }

    /** Pairs each old block with the next similar new block; the rest were removed or added. */
    private static List<BlockDiff> pair(List<Block> removed, List<Block> added) {
        List<BlockDiff> out = new ArrayList<>();
        int next = 0;
        for (Block old : removed) {
            int match = -1;
            for (int j = next; j < added.size(); j++) {
                if (similarity(old.text(), added.get(j).text()) >= SAME_BLOCK) {
                    match = j;
                    break;
                }
            }
            if (match < 0) {
                out.add(new BlockDiff(BlockDiff.Change.REMOVED, old, null, List.of(DiffSegment.deleted(old.text()))));
                continue;
            }
            for (Block fresh : added.subList(next, match)) {
                out.add(addedBlock(fresh));
            }
            Block fresh = added.get(match);
            out.add(new BlockDiff(BlockDiff.Change.CHANGED, old, fresh, WordDiff.segments(old.text(), fresh.text())));
            next = match + 1;
        }
        for (Block fresh : added.subList(next, added.size())) {
            out.add(addedBlock(fresh));
        }
        return out;
    }

    private static BlockDiff unchanged(Block block) {
        return new BlockDiff(BlockDiff.Change.UNCHANGED, block, block,
                block.text().isEmpty() ? List.of() : List.of(DiffSegment.equal(block.text())));
    }

    private static BlockDiff addedBlock(Block block) {
        return new BlockDiff(BlockDiff.Change.ADDED, null, block,
                block.text().isEmpty() ? List.of() : List.of(DiffSegment.inserted(block.text())));
    }

    /** Share of words the two texts have in common (Dice coefficient over word counts); 1 for two empty texts. */
    static double similarity(String x, String y) {
        Map<String, Integer> counts = new HashMap<>();
        int nx = 0;
        for (String t : WordTokens.split(x)) {
            if (!t.isBlank()) {
                counts.merge(t, 1, Integer::sum);
                nx++;
            }
        }
        int ny = 0;
        int common = 0;
        for (String t : WordTokens.split(y)) {
            if (t.isBlank()) {
                continue;
            }
            ny++;
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                common++;
                counts.put(t, left - 1);
            }
        }
        return nx + ny == 0 ? 1.0 : 2.0 * common / (nx + ny);
    }
}
