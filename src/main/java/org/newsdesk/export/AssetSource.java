package org.newsdesk.export;

import java.util.Optional;

/** Gives the bundle writer an image's bytes and description; the service backs it with the library's store. */
@FunctionalInterface
public interface AssetSource {

    /** The asset, or empty when the library does not have it (the bundle then goes without that picture). */
    Optional<AssetFile> find(String assetId);

    static AssetSource none() {
        return assetId -> Optional.empty();
    }
}
