package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.model.Asset;

/**
 * The library's pictures, addressed by the SHA-256 of their bytes: the same photo added twice is stored once.
 * Descriptions and bytes are read apart, so listing or exporting never holds more pictures in memory than it
 * is writing.
 *
 * <p>The description is a small row of a rowid table; the bytes are stored beside it in parts of
 * {@value #PART_SIZE} bytes ({@code asset_part}), so {@link #copyTo} streams a picture part by part: the JDBC driver
 * has no incremental blob I/O, and a single blob column is always read whole.
 */
public final class AssetStore {

    /** An asset's description and its bytes. */
    public record StoredAsset(Asset asset, byte[] bytes) {
        public StoredAsset {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** An asset's description and when it was added. */
    public record ListedAsset(Asset asset, Instant createdAt) {
    }

    private static final String COLUMNS = "sha256, mime_type, width, height, size";
    /** Bytes per stored part: large enough that a photo is a handful of rows, small enough to stream. */
    static final int PART_SIZE = 256 * 1024;

    /** Stores the asset unless the library has it already; true when it was new. */
    public boolean insertIfAbsent(Connection c, Asset asset, byte[] bytes, Instant now) throws SQLException {
        if (describe(c, asset.sha256()).isPresent()) {
            if (!hasBytes(c, asset.sha256())) {
                addBytes(c, asset.sha256(), bytes); // described by a team library, its bytes not fetched yet: now here
            }
            return false;
        }
        writeParts(c, insertRow(c, asset, bytes.length, now), bytes);
        return true;
    }

    /**
     * Stores a picture's description without its bytes (a team library's picture left on the server until needed);
     * true when it was new. {@link #bytes} and {@link #find} are empty for it until {@link #addBytes}.
     */
    public boolean insertDescription(Connection c, Asset asset, Instant now) throws SQLException {
        if (describe(c, asset.sha256()).isPresent()) {
            return false;
        }
        insertRow(c, asset, asset.size(), now);
        return true;
    }

    /** Whether the picture's bytes are in this library (not only its description). */
    public boolean hasBytes(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM asset a JOIN asset_part p ON p.asset_id = a.id"
                + " WHERE a.sha256 = ? LIMIT 1")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Adds the bytes of a picture described without them; false when it has none here or has its bytes already. */
    public boolean addBytes(Connection c, String sha256, byte[] bytes) throws SQLException {
        if (hasBytes(c, sha256)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM asset WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                writeParts(c, rs.getLong(1), bytes);
                return true;
            }
        }
    }

    /** The pictures described here whose bytes are not (yet) in this library, oldest first. */
    public List<Asset> withoutBytes(Connection c) throws SQLException {
        List<Asset> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM asset a WHERE NOT EXISTS"
                + " (SELECT 1 FROM asset_part p WHERE p.asset_id = a.id) ORDER BY created_at, sha256");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(asset(rs));
            }
        }
        return out;
    }

    private long insertRow(Connection c, Asset asset, long size, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asset (" + COLUMNS + ", created_at)"
                + " VALUES (?,?,?,?,?,?) RETURNING id")) {
            ps.setString(1, asset.sha256());
            ps.setString(2, asset.mimeType());
            ps.setInt(3, asset.width());
            ps.setInt(4, asset.height());
            ps.setLong(5, size);
            ps.setString(6, Times.format(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void writeParts(Connection c, long id, byte[] bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asset_part (asset_id, part, bytes) VALUES (?,?,?)")) {
            for (int part = 0, from = 0; from < bytes.length || part == 0; part++, from += PART_SIZE) {
                ps.setLong(1, id);
                ps.setInt(2, part);
                ps.setBytes(3, java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_SIZE)));
                ps.executeUpdate();
            }
        }
    }

    /**
     * Writes the picture's bytes to {@code out} one part at a time; false (nothing written) when the library has no
     * such picture. A failing {@code out} throws {@link java.io.UncheckedIOException}.
     */
    public boolean copyTo(Connection c, String sha256, java.io.OutputStream out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT p.bytes FROM asset a JOIN asset_part p ON p.asset_id = a.id"
                + " WHERE a.sha256 = ? ORDER BY p.part")) {
            ps.setString(1, sha256);
            boolean any = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.write(rs.getBytes(1));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    any = true;
                }
            }
            return any;
        }
    }

    public Optional<StoredAsset> find(Connection c, String sha256) throws SQLException {
        Optional<Asset> asset = describe(c, sha256);
        if (asset.isEmpty()) {
            return Optional.empty();
        }
        return bytes(c, sha256).map(b -> new StoredAsset(asset.get(), b)); // empty: described, bytes on the server
    }

    /** The description alone: no bytes are read. */
    public Optional<Asset> describe(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM asset WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(asset(rs)) : Optional.empty();
            }
        }
    }

    public Optional<byte[]> bytes(Connection c, String sha256) throws SQLException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        return copyTo(c, sha256, out) ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    /** Every asset's description, oldest first. */
    public List<ListedAsset> list(Connection c) throws SQLException {
        List<ListedAsset> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", created_at FROM asset ORDER BY created_at, sha256");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new ListedAsset(asset(rs), Times.parse(rs.getString(6))));
            }
        }
        return all;
    }

    public void delete(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM asset WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            ps.executeUpdate();
        }
    }

    private static Asset asset(ResultSet rs) throws SQLException {
        return new Asset(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5));
    }
}
