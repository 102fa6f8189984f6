package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.i18n.Message;
import org.newsdesk.image.Sha256;
import org.newsdesk.model.Asset;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.PictureFetching;
import org.newsdesk.model.PictureOnServerException;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.model.TeamUnreachableException;
import org.newsdesk.store.AssetStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.team.ServerErrors;
import org.newsdesk.store.team.ServerStore;
import org.newsdesk.store.team.TeamConnector;

/**
 * A picture's bytes wherever they are: in this library, or, in a team library whose pictures come on demand, still
 * on the server; then they are fetched the first time they are needed (the editor shows the picture, a preview, an
 * export), checked against their SHA-256 and stored here, so they are at hand offline from then on. Call it off the
 * FX thread: it reads the database and may wait for the network.
 */
public final class TeamPictures {
    /** The library setting holding {@link PictureFetching}; absent: all pictures at join. */
    static final String KEY = "team.pictures";
    /** Pictures per server round trip when fetching many (each is one local transaction). */
    private static final int BATCH = 16;

    private final Database db;
    private final AssetStore assets;
    private final SettingsStore settings;
    private final TeamConnector connector = new TeamConnector();
    private final ServerStore server;
    /** The password of the last sync or fetch that reached the server: what an on-demand fetch signs in with. */
    private volatile String password;
    /**
     * Until when the server is taken as out of reach after a failed attempt (System.nanoTime): an editor showing ten
     * pictures offline waits for one connection timeout, not ten. A sync or an explicit fetch tries again at once.
     */
    private volatile long offlineUntil;
    private static final long OFFLINE_PAUSE_NS = 20_000_000_000L;

    TeamPictures(Database db, AssetStore assets, SettingsStore settings, ServerStore server) {
        this.db = db;
        this.assets = assets;
        this.settings = settings;
        this.server = server;
    }

    /** How this library gets its team's pictures (all: a library that is not a team library). */
    public PictureFetching fetching() {
        return db.read(c -> settings.get(c, KEY)).map(PictureFetching::parse).orElse(PictureFetching.ALL);
    }

    /**
     * Chooses how pictures come from now on. Choosing all does not fetch the missing ones by itself: the next
     * sync does (or {@link #fetchAll}).
     */
    public void setFetching(PictureFetching fetching) {
        db.write(c -> {
            settings.put(c, KEY, fetching.label());
            return null;
        });
    }

    /** The password the next on-demand fetch signs in with (a sync that went through leaves its own here). */
    public void usePassword(String password) {
        if (password != null && !password.isEmpty()) {
            this.password = password;
            offlineUntil = System.nanoTime(); // a sync just reached the server
        }
    }

    /** The pictures described here whose bytes are still on the team server. */
    public List<Asset> missing() {
        return db.read(assets::withoutBytes);
    }

    /**
     * The picture's bytes: from this library, else (a team picture still on the server) fetched now and kept. Empty
     * when the library has no such picture; {@link PictureOnServerException} when it is on a server that cannot be
     * reached.
     */
    public Optional<byte[]> bytes(String sha256) {
        Optional<byte[]> here = db.read(c -> assets.bytes(c, sha256));
        if (here.isPresent() || db.read(c -> assets.describe(c, sha256)).isEmpty()) {
            return here;
        }
        if (System.nanoTime() - offlineUntil < 0) {
            throw offline(sha256, null);
        }
        fetch(password, List.of(sha256), SyncProgress.NONE);
        return db.read(c -> assets.bytes(c, sha256));
    }

    /** The picture's description and bytes, fetched from the team server when only its description is here. */
    public Optional<AssetStore.StoredAsset> find(String sha256) {
        Optional<Asset> asset = db.read(c -> assets.describe(c, sha256));
        if (asset.isEmpty()) {
            return Optional.empty();
        }
        return bytes(sha256).map(b -> new AssetStore.StoredAsset(asset.get(), b));
    }

    /** Fetches every picture still on the server (before going offline); returns how many came. */
    public int fetchAll(String password, SyncProgress progress) {
        List<String> wanted = missing().stream().map(Asset::sha256).toList();
        return fetch(password, wanted, progress);
    }

    /**
     * Fetches these pictures' bytes from the team server, {@value #BATCH} per round trip, each batch stored in one
     * local transaction (a cut connection keeps what came). Returns how many were stored.
     */
    public int fetch(String password, List<String> sha256s, SyncProgress progress) {
        if (sha256s.isEmpty()) {
            return 0;
        }
        TeamAddress address = db.read(c -> settings.get(c, SyncService.ADDRESS)).map(TeamAddress::parse)
                .orElseThrow(() -> offline(sha256s.get(0), null));
        usePassword(password);
        int stored = 0;
        try (Connection c = connect(address, sha256s.get(0))) {
            for (int from = 0; from < sha256s.size(); from += BATCH) {
                List<String> batch = sha256s.subList(from, Math.min(sha256s.size(), from + BATCH));
                List<byte[]> came = new ArrayList<>();
                List<String> names = new ArrayList<>();
                server.assetBytes(c, batch, (sha, bytes) -> {
                    if (batch.contains(sha) && Sha256.hex(bytes).equals(sha)) { // a damaged copy is not kept
                        names.add(sha);
                        came.add(bytes);
                    }
                });
                c.rollback();
                stored += db.write(x -> {
                    int n = 0;
                    for (int i = 0; i < names.size(); i++) {
                        if (assets.addBytes(x, names.get(i), came.get(i))) {
                            n++;
                        }
                    }
                    return n;
                });
                progress.pulled(Math.min(sha256s.size(), from + BATCH), sha256s.size());
            }
        } catch (SQLException e) {
            NewsdeskException why = new ServerErrors(address).translate(e);
            if (why instanceof TeamUnreachableException) {
                offlineUntil = System.nanoTime() + OFFLINE_PAUSE_NS;
                throw offline(sha256s.get(0), why);
            }
            throw why;
        }
        return stored;
    }

    private Connection connect(TeamAddress address, String sha256) {
        try {
            return connector.connect(address, password);
        } catch (TeamUnreachableException e) {
            offlineUntil = System.nanoTime() + OFFLINE_PAUSE_NS;
            throw offline(sha256, e);
        }
    }

    static PictureOnServerException offline(String sha256, Throwable cause) {
        return new PictureOnServerException(sha256, Message.of("team.picture.offline"), cause);
    }
}
