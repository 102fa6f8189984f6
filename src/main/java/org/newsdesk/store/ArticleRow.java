package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;

/**
 * An article's columns as read, not yet decoded (the body still packed, see {@link Packed}). Reading rows needs the connection; decoding them (the body's
 * JSON above all) does not, so a bulk read can decode on several cores while the connection moves on.
 */
record ArticleRow(String id, String slug, String lang, String translationGroup, String headline, String standfirst,
                  String dateline, String date, String byline, byte[] body, String tagsText, String featuredAsset,
                  String embargo, String status, long version, String createdAt, String updatedAt) {

    static ArticleRow read(ResultSet rs) throws SQLException {
        return new ArticleRow(rs.getString("id"), rs.getString("slug"), rs.getString("lang"),
                rs.getString("translation_group"), rs.getString("headline"), rs.getString("standfirst"),
                rs.getString("dateline"), rs.getString("article_date"), rs.getString("byline"),
                rs.getBytes("body"), rs.getString("tags_text"), rs.getString("featured_asset"),
                rs.getString("embargo"), rs.getString("status"), rs.getLong("version"), rs.getString("created_at"),
                rs.getString("updated_at"));
    }

    Article decode(JsonCodec json) {
        return new Article(
                UUID.fromString(id),
                slug,
                Language.of(lang),
                UUID.fromString(translationGroup),
                headline,
                standfirst,
                dateline,
                Times.parseDate(date),
                byline,
                json.readDocument(Packed.unpack(body)),
                ArticleStore.splitTags(tagsText),
                featuredAsset,
                Times.parseOffset(embargo),
                ArticleStatus.parse(status),
                version,
                Times.parse(createdAt),
                Times.parse(updatedAt));
    }
}
