package org.newsdesk.render;

import java.util.Optional;

/**
 * Tells the renderer where an image asset can be found by whoever reads the HTML: a {@code file:} URL
 * for the live preview, a relative path inside an export bundle, a CDN URL for a website.
 */
@FunctionalInterface
public interface ImageResolver {

    /** Where the asset is, or empty when it is unknown (the figure then keeps only its caption). */
    Optional<ResolvedImage> resolve(String assetId);

    /** A resolver that knows no image: for text-only exports and tests. */
    static ImageResolver none() {
        return assetId -> Optional.empty();
    }
}
