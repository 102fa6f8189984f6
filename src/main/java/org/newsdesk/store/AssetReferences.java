package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.Document;
import org.newsdesk.model.NewsdeskException;

/**
 * Which assets the library still uses: in any article's body or featured image (trashed articles included, they
 * can come back) and in any revision snapshot (a restored revision must find its pictures). Reads one row at a
 * time. A row that cannot be parsed counts every asset id written in it as used: keeping a picture too many is
 * harmless, removing one in use breaks an article.
 */
public final class AssetReferences {
    private static final Pattern ASSET_ID = Pattern.compile("[0-9a-f]{64}");

    private final JsonCodec json;

    public AssetReferences(JsonCodec json) {
        this.json = json;
    }

    public Set<String> used(Connection c) throws SQLException {
        Set<String> used = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT body, featured_asset FROM article");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                addBody(unpackOrNull(rs.getBytes(1)), used);
                if (rs.getString(2) != null) {
                    used.add(rs.getString(2));
                }
            }
        }
        // a NULL snapshot shares its article's row, already counted above
        try (PreparedStatement ps = c.prepareStatement("SELECT snapshot FROM revision WHERE snapshot IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                addSnapshot(unpackOrNull(rs.getBytes(1)), used);
            }
        }
        return used;
    }

    /** The packed text, or null when it cannot be unpacked (then nothing can be told from it). */
    private static String unpackOrNull(byte[] packed) {
        try {
            return Packed.unpack(packed);
        } catch (IllegalStateException damaged) {
            return null;
        }
    }

    private void addBody(String bodyJson, Set<String> used) {
        if (bodyJson == null) {
            return;
        }
        try {
            Document body = json.readDocument(bodyJson);
            used.addAll(body.imageAssetIds());
        } catch (NewsdeskException | IllegalArgumentException unreadable) {
            addEveryId(bodyJson, used);
        }
    }

    private void addSnapshot(String snapshotJson, Set<String> used) {
        if (snapshotJson == null) {
            return;
        }
        try {
            Article article = json.readArticle(snapshotJson);
            used.addAll(article.body().imageAssetIds());
            if (article.featuredImage() != null) {
                used.add(article.featuredImage());
            }
        } catch (NewsdeskException | IllegalArgumentException unreadable) {
            addEveryId(snapshotJson, used);
        }
    }

    private static void addEveryId(String text, Set<String> used) {
        if (text == null) {
            return;
        }
        Matcher m = ASSET_ID.matcher(text);
        while (m.find()) {
            used.add(m.group());
        }
    }
}
