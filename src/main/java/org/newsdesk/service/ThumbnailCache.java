package org.newsdesk.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.image.Rendition;

/**
 * Recently made screen-size copies of pictures, least recently used dropped first once they add up to the byte
 * budget: scrolling back to a photo, or re-rendering the preview on every pause in typing, decodes nothing.
 */
final class ThumbnailCache {
    record Key(String assetId, int maxWidth, int maxHeight) {
    }

    private final long budget;
    private final LinkedHashMap<Key, Rendition> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    ThumbnailCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    synchronized Optional<Rendition> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, Rendition rendition) {
        Rendition old = entries.put(key, rendition);
        bytes += rendition.bytes().length - (old == null ? 0 : old.bytes().length);
        Iterator<Map.Entry<Key, Rendition>> eldest = entries.entrySet().iterator();
        while (bytes > budget && eldest.hasNext()) {
            Map.Entry<Key, Rendition> entry = eldest.next();
            if (entry.getKey().equals(key)) {
                continue;
            }
            bytes -= entry.getValue().bytes().length;
            eldest.remove();
        }
    }
}
