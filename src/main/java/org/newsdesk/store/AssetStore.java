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
            return false;
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asset (" + COLUMNS + ", created_at)"
                + " VALUES (?,?,?,?,?,?) RETURNING id")) {
            ps.setString(1, asset.sha256());
            ps.setString(2, asset.mimeType());
            ps.setInt(3, asset.width());
            ps.setInt(4, asset.height());
            ps.setLong(5, bytes.length);
            ps.setString(6, Times.format(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asset_part (asset_id, part, bytes) VALUES (?,?,?)")) {
            for (int part = 0, from = 0; from < bytes.length || part == 0; part++, from += PART_SIZE) {
                ps.setLong(1, id);
                ps.setInt(2, part);
                ps.setBytes(3, java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_SIZE)));
                ps.executeUpdate();
            }
        }
        return true;
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
        return Optional.of(new StoredAsset(asset.get(), bytes(c, sha256).orElseThrow()));
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
