package org.newsdesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Article;
import org.newsdesk.render.PageAlternates;
import org.newsdesk.render.IsoTimes;

/**
 * manifest.json: what the bundle holds and how to check it. Its time is the newest change among the
 * articles, never the clock, so exporting the same articles twice gives the same bytes.
 */
final class BundleManifest {
    static final String NAME = "manifest.json";
    static final String FORMAT = "newsdesk-bundle";
    static final int VERSION = 1;

    private BundleManifest() {
    }

    /** Checksums are in "files"; here each picture says which files are its sizes. */
    /** The translation sets among the articles: their folder, x-default member and the members in the bundle. */
    private static void putSets(ObjectNode root, List<BundleLayout.Placement> placements,
                                java.util.function.Function<Article, PageAlternates> sets) {
        Map<java.util.UUID, List<BundleLayout.Placement>> bySet = new java.util.TreeMap<>();
        Map<java.util.UUID, PageAlternates> alternates = new java.util.HashMap<>();
        for (BundleLayout.Placement p : placements) {
            PageAlternates a = sets.apply(p.article());
            if (a.set() != null && a.defaultMember().isPresent()) {
                bySet.computeIfAbsent(a.set().group(), k -> new java.util.ArrayList<>()).add(p);
                alternates.putIfAbsent(a.set().group(), a);
            }
        }
        if (bySet.isEmpty()) {
            return;
        }
        ArrayNode list = root.putArray("sets");
        bySet.forEach((group, members) -> {
            PageAlternates a = alternates.get(group);
            ObjectNode set = list.addObject();
            set.put("id", group.toString());
            set.put("folder", "articles/" + BundleWriter.setFolder(a) + "/");
            set.put("source", a.defaultMember().orElseThrow().articleId().toString());
            ArrayNode m = set.putArray("members");
            for (BundleLayout.Placement p : members) {
                m.addObject().put("id", p.article().id().toString()).put("language", p.article().language().tag())
                        .put("path", p.folder());
            }
        });
    }

    private static void putPictures(ArrayNode list, List<Picture> pictures) {
        for (Picture picture : pictures) {
            ObjectNode image = list.addObject();
            image.put("asset", picture.assetId());
            image.put("path", picture.path());
            image.put("width", picture.width());
            image.put("height", picture.height());
            ArrayNode renditions = image.putArray("renditions");
            for (RenditionFile copy : picture.renditions()) {
                renditions.addObject().put("name", copy.name()).put("path", copy.relativePath(picture.assetId()))
                        .put("width", copy.width()).put("height", copy.height());
            }
        }
    }

    /** A picture of an article: its original and the resized copies, paths relative to the article's folder. */
    record Picture(String assetId, String path, int width, int height, List<RenditionFile> renditions) {
    }

    static byte[] build(ObjectMapper mapper, String generator, Instant newestChange,
                        List<BundleLayout.Placement> placements, Map<String, List<Picture>> pictures,
                        List<DeterministicZip.WrittenFile> files) {
        return build(mapper, generator, newestChange, placements, pictures, files, a -> PageAlternates.NONE);
    }

    static byte[] build(ObjectMapper mapper, String generator, Instant newestChange,
                        List<BundleLayout.Placement> placements, Map<String, List<Picture>> pictures,
                        List<DeterministicZip.WrittenFile> files,
                        java.util.function.Function<Article, PageAlternates> sets) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("generator", generator);
        root.put("newestChange", IsoTimes.dateTime(newestChange));
        ArrayNode articles = root.putArray("articles");
        for (BundleLayout.Placement placement : placements) {
            Article article = placement.article();
            ObjectNode entry = articles.addObject();
            entry.put("id", article.id().toString());
            entry.put("slug", article.slug());
            entry.put("language", article.language().tag());
            entry.put("headline", article.headline());
            entry.put("status", article.status().label());
            entry.put("version", article.version());
            entry.put("path", placement.folder());
            List<Picture> shown = pictures.getOrDefault(placement.folder(), List.of());
            if (!shown.isEmpty()) {
                putPictures(entry.putArray("images"), shown);
            }
        }
        putSets(root, placements, sets);
        ArrayNode list = root.putArray("files");
        for (DeterministicZip.WrittenFile file : files) {
            list.addObject().put("path", file.path()).put("size", file.size()).put("sha256", file.sha256());
        }
        try {
            return (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the bundle manifest", e);
        }
    }
}
