package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.Role;
import org.newsdesk.service.ChangeWatch;
import org.newsdesk.service.Library;
import org.newsdesk.service.SyncProgress;
import org.newsdesk.service.TeamService;
import org.newsdesk.testing.TestPostgres;

/**
 * The team library's figures ({@code mvn -B -Pbench verify -Dbench=team}), each against a floor measured in the same
 * run, alternating:
 * <ul>
 * <li>join: a team library of {@code bench.team.articles} articles (default 10,000, ~600 words) and
 *     {@code bench.team.pictures} pictures (default 1,000 of 200 KB) copied into a new local library; floor: a bare
 *     JDBC read of the same rows into a plain SQLite table in one transaction;</li>
 * <li>latency: a save on one laptop until the other laptop has stored it (NOTIFY, pull); floor: a bare NOTIFY round
 *     trip between two connections;</li>
 * <li>collisions: 8 laptops saving 200 times each on 5 shared articles at once, syncing after every save; every
 *     token any save wrote must be on the server at the end (in the article or a conflict copy): lost updates.</li>
 * </ul>
 */
final class TeamBenchmark {
    private static final String[] WORDS = ("water school minister festival river solar climate children health"
            + " village teachers market harvest council report funding program road clinic training women youth"
            + " desert coast rain drought partners volunteers survey heritage library museum energy").split(" ");

    private TeamBenchmark() {
    }

    static void run(List<String> args) throws Exception {
        int articles = Integer.getInteger("bench.team.articles", 10_000);
        int pictures = Integer.getInteger("bench.team.pictures", 1_000);
        int repeats = Integer.getInteger("bench.team.repeats", 5);
        Path dir = Files.createTempDirectory("newsdesk-team-bench");
        try (TestPostgres server = TestPostgres.startOwn(dir.resolve("pg"), 0)) {
            System.out.printf(Locale.ROOT, "Team library benchmark: PostgreSQL on localhost, %d cores, JDK %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            List<String> targets = new ArrayList<>();
            String only = System.getProperty("bench.team.only", "all"); // join, latency or collisions alone
            if (only.equals("all") || only.equals("join")) {
                targets.add(join(server, dir, articles, pictures, repeats));
            }
            if (only.equals("all") || only.equals("latency")) {
                targets.addAll(latency(server, dir, Math.max(30, repeats * 6)));
            }
            if (only.equals("all") || only.equals("collisions")) {
                targets.add(collisions(server, dir, 8, Integer.getInteger("bench.team.saves", 200)));
            }
            System.out.println();
            targets.forEach(System.out::println);
        } finally {
            deleteTree(dir);
        }
    }

    // ---- join ------------------------------------------------------------------------------------------------------

    private static String join(TestPostgres server, Path dir, int articles, int pictures, int repeats) throws Exception {
        TestPostgres.Team team = server.newTeam();
        TestPostgres.Member eva = team.addUser("eva", Role.EDITOR);
        long bytes = seed(server, team, articles, pictures);
        System.out.printf(Locale.ROOT, "%njoin: %,d articles, %,d pictures, %.1f MB on the server%n", articles, pictures,
                bytes / 1e6);
        List<Double> joins = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        List<Double> onDemand = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Path floorFile = dir.resolve("floor-" + i + ".db");
            long t0 = System.nanoTime();
            bareCopy(server, team.database(), floorFile);
            floors.add((System.nanoTime() - t0) / 1e9);
            Files.deleteIfExists(floorFile);

            Path file = dir.resolve("join-" + i + ".newsdesk");
            long t1 = System.nanoTime();
            try (Library lib = new TeamService(Clock.systemUTC()).join(eva.address(), eva.password(), file, null, SyncProgress.NONE).library()) {
                joins.add((System.nanoTime() - t1) / 1e9);
                if (lib.articles().count() != articles) {
                    throw new IllegalStateException("joined " + lib.articles().count() + " articles, not " + articles);
                }
            }
            long allSize = Files.size(file);
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }

            // pictures on demand: the descriptions come, the bytes stay on the server until needed
            Path lean = dir.resolve("join-on-demand-" + i + ".newsdesk");
            long t2 = System.nanoTime();
            try (Library lib = new TeamService(Clock.systemUTC()).join(eva.address(), eva.password(), lean, null,
                    org.newsdesk.model.PictureFetching.ON_DEMAND, SyncProgress.NONE).library()) {
                onDemand.add((System.nanoTime() - t2) / 1e9);
                if (lib.teamPictures().missing().size() != pictures) {
                    throw new IllegalStateException("on demand, " + lib.teamPictures().missing().size()
                            + " pictures left on the server, not " + pictures);
                }
            }
            long leanSize = Files.size(lean);
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(lean + suffix));
            }
            System.out.printf(Locale.ROOT, "  run %d: join %.1f s (%.0f MB), floor %.1f s, join on demand %.1f s (%.0f MB)%n",
                    i + 1, joins.get(i), allSize / 1e6, floors.get(i), onDemand.get(i), leanSize / 1e6);
        }
        System.out.printf(Locale.ROOT, "join with pictures on demand: median %.1f s (%.1f–%.1f)%n", median(onDemand),
                min(onDemand), max(onDemand));
        double join = median(joins);
        double floor = median(floors);
        System.out.printf(Locale.ROOT, "join: median %.1f s (%.1f–%.1f), %.1f MB/s; floor median %.1f s (%.1f–%.1f)%n",
                join, min(joins), max(joins), bytes / 1e6 / join, floor, min(floors), max(floors));
        team.close();
        return String.format(Locale.ROOT, "target join %,d articles + %,d pictures: %.1f s (floor %.1f s, ratio %.2f) %s",
                articles, pictures, join, floor, join / floor, join <= 60 ? "met" : "missed");
    }

    /** Fills the team library through a client's push, the way articles get there; returns the bytes stored. */
    private static long seed(TestPostgres server, TestPostgres.Team team, int articles, int pictures) throws Exception {
        TestPostgres.Member sara = team.addUser("seed", Role.PRESS_OFFICER);
        Path file = Files.createTempFile("newsdesk-seed", ".newsdesk");
        Files.delete(file);
        SplittableRandom r = new SplittableRandom(42);
        try (Library lib = new TeamService(Clock.systemUTC()).join(sara.address(), sara.password(), file, null, SyncProgress.NONE).library()) {
            for (int done = 0; done < articles; done += 1000) {
                List<Article> batch = new ArrayList<>();
                for (int i = done; i < Math.min(articles, done + 1000); i++) {
                    batch.add(article(i, r));
                }
                for (Article a : batch) {
                    lib.articles().create(a);
                }
                lib.sync().sync(sara.password(), SyncProgress.NONE);
            }
            for (int i = 0; i < pictures; i++) {
                byte[] data = new byte[200_000];
                r.nextBytes(data);
                String sha = org.newsdesk.image.Sha256.hex(data);
                server.superuser(team.database(), "INSERT INTO newsdesk.asset (sha256, mime_type, width, height, size,"
                        + " data) VALUES ('" + sha + "', 'image/jpeg', 1600, 1200, " + data.length + ", decode('"
                        + java.util.HexFormat.of().formatHex(data) + "', 'hex'))");
            }
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/"
                + team.database(), "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT coalesce(sum(octet_length(content)), 0) FROM newsdesk.article)"
                     + " + (SELECT coalesce(sum(octet_length(snapshot)), 0) FROM newsdesk.revision)"
                     + " + (SELECT coalesce(sum(size), 0) FROM newsdesk.asset)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Article article(int i, SplittableRandom r) {
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 50; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            blocks.add(Block.paragraph(sb + "."));
        }
        return Article.draft("Story " + i + " on " + WORDS[r.nextInt(WORDS.length)], Language.ENGLISH, Instant.now())
                .withStandfirst("Standfirst of story " + i + ".").withBody(Document.of(blocks.toArray(Block[]::new)));
    }

    /** The floor: the same rows read with plain JDBC and written to a plain SQLite table, one transaction. */
    private static void bareCopy(TestPostgres server, String database, Path file) throws Exception {
        try (Connection pg = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/" + database,
                "postgres", "");
             Connection lite = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            pg.setAutoCommit(false);
            lite.setAutoCommit(false);
            try (Statement st = lite.createStatement()) {
                st.execute("CREATE TABLE article (id TEXT PRIMARY KEY, content TEXT)");
                st.execute("CREATE TABLE revision (article_id TEXT, at TEXT, snapshot TEXT)");
                st.execute("CREATE TABLE asset (sha256 TEXT PRIMARY KEY, data BLOB)");
            }
            copy(pg, lite, "SELECT id::text, content FROM newsdesk.article", "INSERT INTO article VALUES (?,?)", 2);
            copy(pg, lite, "SELECT article_id::text, created_at::text, snapshot FROM newsdesk.revision",
                    "INSERT INTO revision VALUES (?,?,?)", 3);
            copy(pg, lite, "SELECT sha256, data FROM newsdesk.asset", "INSERT INTO asset VALUES (?,?)", 2);
            lite.commit();
            pg.rollback();
        }
    }

    private static void copy(Connection pg, Connection lite, String select, String insert, int columns) throws Exception {
        try (PreparedStatement q = pg.prepareStatement(select); PreparedStatement ins = lite.prepareStatement(insert)) {
            q.setFetchSize(200);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        ins.setObject(i, rs.getObject(i));
                    }
                    ins.executeUpdate();
                }
            }
        }
    }

    // ---- latency ---------------------------------------------------------------------------------------------------

    private static List<String> latency(TestPostgres server, Path dir, int samples) throws Exception {
        TestPostgres.Team team = server.newTeam();
        TestPostgres.Member a = team.addUser("omar", Role.EDITOR);
        TestPostgres.Member b = team.addUser("sara", Role.PRESS_OFFICER);
        Latencies total = new Latencies();
        Latencies floor = new Latencies();
        try (Library la = new TeamService(Clock.systemUTC()).join(a.address(), a.password(), dir.resolve("a.newsdesk"),
                null, SyncProgress.NONE).library();
             Library lb = new TeamService(Clock.systemUTC()).join(b.address(), b.password(), dir.resolve("b.newsdesk"),
                     null, SyncProgress.NONE).library()) {
            UUID id = lb.articles().create(article(0, new SplittableRandom(1))).id();
            lb.sync().sync(b.password(), SyncProgress.NONE);
            la.sync().sync(a.password(), SyncProgress.NONE);
            BlockingQueue<String> arrived = new ArrayBlockingQueue<>(16);
            // laptop A as the window runs it: on each notification, a sync; then look at what arrived
            ChangeWatch watch = la.sync().watch(a.password(), new ChangeWatch.Listener() {
                @Override
                public void connected() {
                }

                @Override
                public void changed() {
                    la.sync().sync(a.password(), SyncProgress.NONE);
                    arrived.offer(la.articles().get(id).standfirst());
                }

                @Override
                public void presenceChanged() {
                }

                @Override
                public void lost(NewsdeskException why) {
                }
            });
            Thread.sleep(1000);
            try (Connection listen = server.connect(team.database(), a.login(), a.password());
                 Connection notify = server.connect(team.database(), b.login(), b.password())) {
                listen.createStatement().execute("LISTEN bench");
                org.postgresql.PGConnection pg = listen.unwrap(org.postgresql.PGConnection.class);
                for (int i = 0; i < samples; i++) {
                    long f0 = System.nanoTime();
                    notify.createStatement().execute("NOTIFY bench");
                    while (pg.getNotifications(2000) == null) {
                        Thread.onSpinWait();
                    }
                    floor.add(System.nanoTime() - f0);

                    arrived.clear();
                    String text = "Update " + i + ".";
                    long t0 = System.nanoTime();
                    Article now = lb.articles().get(id);
                    lb.articles().autosave(now.withStandfirst(text));
                    lb.sync().sync(b.password(), SyncProgress.NONE); // what the window does right after a save
                    while (!text.equals(arrived.poll(5, TimeUnit.SECONDS))) {
                        if (System.nanoTime() - t0 > 10_000_000_000L) {
                            throw new IllegalStateException("save " + i + " did not arrive within 10 s");
                        }
                    }
                    total.add(System.nanoTime() - t0);
                }
            }
            watch.close();
        }
        team.close();
        double own = total.p50() - floor.p50();
        System.out.printf(Locale.ROOT, "%nlatency (%d saves): save → stored on the other laptop p50 %s / p95 %s / max %s"
                        + " ms; bare NOTIFY round trip p50 %s / p95 %s ms%n", samples, Latencies.ms(total.p50()),
                Latencies.ms(total.p95()), Latencies.ms(total.percentileMs(100)), Latencies.ms(floor.p50()),
                Latencies.ms(floor.p95()));
        return List.of(
                String.format(Locale.ROOT, "target save visible on another laptop p95: %s ms (floor %s ms, ratio %.1f) %s",
                        Latencies.ms(total.p95()), Latencies.ms(floor.p95()), total.p95() / floor.p95(),
                        total.p95() <= 2000 ? "met" : "missed"),
                String.format(Locale.ROOT, "target Newsdesk's own share of it (p50 minus the NOTIFY floor): %s ms (floor %s"
                        + " ms, ratio %.1f) %s", Latencies.ms(own), Latencies.ms(floor.p50()), total.p50() / floor.p50(),
                        own <= 300 ? "met" : "missed"));
    }

    // ---- collisions ------------------------------------------------------------------------------------------------

    private static String collisions(TestPostgres server, Path dir, int clients, int saves) throws Exception {
        TestPostgres.Team team = server.newTeam();
        List<TestPostgres.Member> members = new ArrayList<>();
        List<Library> libs = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            TestPostgres.Member m = team.addUser("c" + i, i % 2 == 0 ? Role.EDITOR : Role.PRESS_OFFICER);
            members.add(m);
            libs.add(new TeamService(Clock.systemUTC()).join(m.address(), m.password(), dir.resolve("c" + i + ".newsdesk"),
                    null, SyncProgress.NONE).library());
        }
        List<UUID> shared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shared.add(libs.get(0).articles().create(article(i, new SplittableRandom(i))).id());
        }
        libs.get(0).sync().sync(members.get(0).password(), SyncProgress.NONE);
        for (int i = 1; i < clients; i++) {
            libs.get(i).sync().sync(members.get(i).password(), SyncProgress.NONE);
        }
        Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        int[] conflicts = new int[clients];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                SplittableRandom r = new SplittableRandom(client);
                Library lib = libs.get(client);
                for (int s = 0; s < saves; s++) {
                    UUID id = shared.get(r.nextInt(shared.size()));
                    Article a = lib.articles().get(id);
                    String token = "c" + client + "s" + s;
                    Article changed = switch (r.nextInt(3)) {
                        case 0 -> a.withStandfirst(a.standfirst() + " " + token);
                        case 1 -> a.withByline(a.byline() + " " + token);
                        default -> a.withDateline(a.dateline() + " " + token);
                    };
                    try {
                        lib.articles().autosave(changed);
                        written.add(token);
                    } catch (org.newsdesk.model.ConflictException raced) {
                        continue; // our own pull changed it between get and save: nothing saved, nothing to lose
                    }
                    conflicts[client] += lib.sync().sync(members.get(client).password(), SyncProgress.NONE).conflicts();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        for (int round = 0; round < 3; round++) { // let everyone catch up
            for (int c = 0; c < clients; c++) {
                conflicts[c] += libs.get(c).sync().sync(members.get(c).password(), SyncProgress.NONE).conflicts();
            }
        }
        Set<String> found = new HashSet<>();
        Library last = libs.get(clients - 1);
        for (var hit : last.articles().search(ArticleFilter.all())) {
            Article a = last.articles().get(hit.article().id());
            for (String field : List.of(a.standfirst(), a.byline(), a.dateline())) {
                found.addAll(List.of(field.split(" ")));
            }
        }
        Set<String> lost = new HashSet<>(written);
        lost.removeAll(found);
        int totalConflicts = java.util.Arrays.stream(conflicts).sum();
        int copies = (int) last.articles().search(ArticleFilter.all()).stream()
                .filter(h -> h.article().headline().endsWith("(conflict copy)")).count();
        System.out.printf(Locale.ROOT, "%ncollisions: %d laptops × %d saves on %d shared articles, a sync after each save:"
                        + " %.1f s, %.1f saves/s; %d conflict copies, the rest merged; %d of %d saves lost%n", clients, saves,
                shared.size(), seconds, written.size() / seconds, copies, lost.size(), written.size());
        libs.forEach(Library::close);
        team.close();
        return String.format(Locale.ROOT, "target lost updates with %d laptops saving at once: %d (floor 0, ratio -) %s;"
                + " %.1f saves/s, %d conflict copies", clients, lost.size(), lost.isEmpty() ? "met" : "missed",
                written.size() / seconds, totalConflicts);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temp folder
        }
    }
}
