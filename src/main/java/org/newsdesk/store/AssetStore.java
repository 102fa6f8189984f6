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

    /** Stores the asset unless the library has it already; true when it was new. */
    public boolean insertIfAbsent(Connection c, Asset asset, byte[] bytes, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO asset (" + COLUMNS
                + ", data, created_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, asset.sha256());
            ps.setString(2, asset.mimeType());
            ps.setInt(3, asset.width());
            ps.setInt(4, asset.height());
            ps.setLong(5, bytes.length);
            ps.setBytes(6, bytes);
            ps.setString(7, Times.format(now));
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<StoredAsset> find(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", data FROM asset WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredAsset(asset(rs), rs.getBytes(6))) : Optional.empty();
            }
        }
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
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM asset WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
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
