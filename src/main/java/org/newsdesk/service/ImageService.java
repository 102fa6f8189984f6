package org.newsdesk.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.i18n.Message;
import org.newsdesk.image.EmbeddedText;
import org.newsdesk.image.EmbeddedTextReader;
import org.newsdesk.image.ImageFormat;
import org.newsdesk.image.ImageInspector;
import org.newsdesk.image.Rendition;
import org.newsdesk.image.RenditionMaker;
import org.newsdesk.image.ValidImage;
import org.newsdesk.model.Asset;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.store.AssetReferences;
import org.newsdesk.store.AssetStore;
import org.newsdesk.store.Database;

/**
 * The library's pictures: adding one (checked, stored once however often it is added), finding it, the words
 * it carries to pre-fill a figure, screen-size copies for the editor and the preview, and removing those no
 * longer used. Call it off the FX thread: everything here reads the database or decodes images.
 */
public final class ImageService {
    /**
     * Pictures younger than this are never collected: an editor may have added one whose article it has not
     * saved yet (autosave waits for typing to stop), and another process may collect meanwhile.
     */
    public static final Duration GRACE = Duration.ofHours(1);
    private static final long THUMBNAIL_BUDGET = 32L * 1024 * 1024;

    private final Database db;
    private final AssetStore assets;
    private final AssetReferences references;
    private final LibraryClock clock;
    private final ImageInspector inspector = new ImageInspector();
    private final EmbeddedTextReader embedded = new EmbeddedTextReader();
    private final RenditionMaker renditions = new RenditionMaker();
    private final ThumbnailCache thumbnails = new ThumbnailCache(THUMBNAIL_BUDGET);

    ImageService(Database db, AssetStore assets, AssetReferences references, LibraryClock clock) {
        this.db = db;
        this.assets = assets;
        this.references = references;
        this.clock = clock;
    }

    /** Adds a picture file; refused with one sentence (and nothing stored) unless it is a sound JPEG, PNG or GIF. */
    public Asset add(Path file) {
        return store(inspector.inspect(file));
    }

    /** Adds a picture from bytes (a paste, a drop); {@code name} is what refusals call it. */
    public Asset add(byte[] bytes, String name) {
        return store(inspector.inspect(bytes, name));
    }

    private Asset store(ValidImage image) {
        db.write(c -> assets.insertIfAbsent(c, image.asset(), image.bytes(), clock.now()));
        return image.asset();
    }

    public Optional<Asset> find(String assetId) {
        return db.read(c -> assets.describe(c, assetId));
    }

    /**
     * A new figure for the picture, its caption, credit and alt text taken from the photo's IPTC/XMP metadata
     * when it has them.
     */
    public ImageRef figureFor(String assetId) {
        byte[] bytes = db.read(c -> assets.bytes(c, assetId))
                .orElseThrow(() -> new NotFoundException(Message.of("error.image.noSuchPicture", assetId)));
        EmbeddedText text = embedded.read(bytes);
        return new ImageRef(assetId, text.caption(), text.credit(), text.altText(), null);
    }

    /** A copy that fits in the box, for screens; empty when the library lacks the picture or cannot decode it. */
    public Optional<Rendition> thumbnail(String assetId, int maxWidth, int maxHeight) {
        ThumbnailCache.Key key = new ThumbnailCache.Key(assetId, maxWidth, maxHeight);
        Optional<Rendition> cached = thumbnails.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<AssetStore.StoredAsset> stored = db.read(c -> assets.find(c, assetId));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Asset asset = stored.get().asset();
        Optional<ImageFormat> format = ImageFormat.ofMimeType(asset.mimeType());
        if (format.isEmpty()) {
            return Optional.empty();
        }
        try {
            Rendition made = renditions.fit(stored.get().bytes(), format.get(), asset.width(), asset.height(),
                    maxWidth, maxHeight);
            thumbnails.put(key, made);
            return Optional.of(made);
        } catch (RuntimeException undecodable) {
            return Optional.empty(); // shown as a missing picture, never as an error dialog while scrolling
        }
    }

    /** {@code check --gc}: removes pictures nothing uses, keeping those added within {@link #GRACE}. */
    public GarbageReport collectGarbage() {
        return collectGarbage(GRACE);
    }

    /** Removes, in one transaction, pictures no article, featured image or revision uses and older than {@code grace}. */
    public GarbageReport collectGarbage(Duration grace) {
        return db.write(c -> {
            Set<String> used = references.used(c);
            Instant cutoff = clock.now().minus(grace);
            int removed = 0;
            int kept = 0;
            long freed = 0;
            for (AssetStore.ListedAsset listed : assets.list(c)) {
                if (used.contains(listed.asset().sha256()) || listed.createdAt().isAfter(cutoff)) {
                    kept++;
                } else {
                    assets.delete(c, listed.asset().sha256());
                    removed++;
                    freed += listed.asset().size();
                }
            }
            return new GarbageReport(removed, freed, kept);
        });
    }
}
