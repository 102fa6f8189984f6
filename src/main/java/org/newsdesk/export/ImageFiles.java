package org.newsdesk.export;

/** Where an exported picture goes, relative to the HTML that shows it: images/&lt;sha256&gt;.&lt;ext&gt;. */
public final class ImageFiles {
    private ImageFiles() {
    }

    public static String relativePath(String assetId, AssetFile file) {
        return BundleLayout.imagePath(assetId, file.extension());
    }
}
