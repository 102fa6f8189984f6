package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.model.Asset;

/** The library's pictures, addressed by the SHA-256 of their bytes. Read-only for now: exports need it. */
public final class AssetStore {

    /** An asset's description and its bytes. */
    public record StoredAsset(Asset asset, byte[] bytes) {
        public StoredAsset {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    public Optional<StoredAsset> find(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sha256, mime_type, width, height, size, data FROM asset WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Asset asset = new Asset(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5));
                return Optional.of(new StoredAsset(asset, rs.getBytes(6)));
            }
        }
    }
}
