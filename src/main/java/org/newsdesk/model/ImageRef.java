package org.newsdesk.model;

import java.util.Objects;

/**
 * A picture placed in the body: which asset, and the words that go with it.
 *
 * @param assetId SHA-256 of the stored asset (lower-case hex)
 * @param caption what the photo shows
 * @param credit  photographer or agency
 * @param altText description for people who cannot see the image
 * @param link    optional link target, or null
 */
public record ImageRef(String assetId, String caption, String credit, String altText, String link) {
    public ImageRef {
        Objects.requireNonNull(assetId, "assetId");
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
        altText = altText == null ? "" : altText;
        if (link != null && link.isBlank()) {
            link = null;
        }
    }
}
