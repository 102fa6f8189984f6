package org.newsdesk.export;

import java.nio.file.Path;

/**
 * One resized copy of a picture, made for an export and waiting in a temporary file.
 *
 * @param width    pixels across: also its name ("w800") and the end of its file name ("…-800.jpg")
 * @param size     bytes
 * @param sha256   of the file, as the manifest lists it
 */
public record RenditionFile(int width, int height, String mimeType, Path path, long size, String sha256) {

    /** The rendition's name in ninjs. */
    public String name() {
        return "w" + width;
    }

    /** Where it goes beside the original: images/&lt;asset&gt;-&lt;width&gt;.&lt;ext&gt;. */
    public String relativePath(String assetId) {
        String original = BundleLayout.imagePath(assetId, AssetFile.extension(mimeType));
        int dot = original.lastIndexOf('.');
        return original.substring(0, dot) + "-" + width + original.substring(dot);
    }
}
