package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.model.Article;
import org.newsdesk.store.BenchFts;

/** Probe: insert rate of FTS5 table variants over the same corpus texts (alternating batches). */
final class FtsVariantsProbe {
    private static String[] withFolded(String[] f, String[] r) {
        return new String[] {f[0], f[1], f[2], f[3], r[4], r[5]};
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SyntheticCorpus corpus = new SyntheticCorpus(n);
        String[] variants = {
            "CREATE VIRTUAL TABLE t USING fts5(a, b, c, d, s UNINDEXED, l UNINDEXED, tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
            "CREATE VIRTUAL TABLE t USING fts5(a, b, c, d, e, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
            "CREATE VIRTUAL TABLE t USING fts5(a, b, c, d, e, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
            "CREATE VIRTUAL TABLE t USING fts5(a, b, c, d, e, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
            "CREATE VIRTUAL TABLE t USING fts5(a, b, c, d, e, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        };
        String[][] setup = {{}, {}, {}, {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-32000"},
            {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-32000", "INSERT INTO t (t, rank) VALUES ('hashsize', 16777216)"}};
        Path dir = Files.createTempDirectory("fts-probe");
        List<Connection> cs = new ArrayList<>();
        List<PreparedStatement> ins = new ArrayList<>();
        for (int v = 0; v < variants.length; v++) {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("v" + v + ".db"));
            try (Statement st = c.createStatement()) {
                st.execute(variants[v]);
                for (String sql : setup[v]) {
                    st.execute(sql);
                }
            }
            cs.add(c);
            ins.add(c.prepareStatement(v == 0 ? "INSERT INTO t (rowid,a,b,c,d,s,l) VALUES (?,?,?,?,?,?,?)"
                    : "INSERT INTO t (rowid,a,b,c,d,e) VALUES (?,?,?,?,?,?)"));
        }
        long[] ns = new long[variants.length];
        for (int from = 0; from < n; from += 1000) {
            List<String[]> raw = new ArrayList<>();
            List<String[]> folded = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 1000); i++) {
                Article a = corpus.article(i);
                String body = a.body().plainText();
                raw.add(new String[] {a.headline(), a.standfirst(), body, String.join(" ", a.tags()), a.status().label(), a.language().tag()});
                folded.add(new String[] {BenchFts.indexText(a.headline()), BenchFts.indexText(a.standfirst()), BenchFts.indexText(body),
                        BenchFts.indexText(String.join(" ", a.tags())), "ǂlangǂ" + a.language().tag() + " ǂstatusǂ" + a.status().name() + " ǂtagǂ1 ǂtagǂ2 ǂtagǂ3"});
            }
            for (int v = 0; v < variants.length; v++) {
                long t0 = System.nanoTime();
                try (Statement st = cs.get(v).createStatement()) {
                    st.execute("BEGIN");
                    PreparedStatement p = ins.get(v);
                    for (int k = 0; k < raw.size(); k++) {
                        String[] r = v == 0 ? raw.get(k) : folded.get(k);
                        p.setLong(1, from + k + 1);
                        for (int j = 0; j < r.length; j++) {
                            p.setString(j + 2, r[j]);
                        }
                        p.executeUpdate();
                    }
                    st.execute("COMMIT");
                }
                ns[v] += System.nanoTime() - t0;
            }
        }
        for (int v = 0; v < variants.length; v++) {
            System.out.printf(Locale.ROOT, "%,8.0f rows/s  %6.1f MB  %s%n", n / (ns[v] / 1e9),
                    Files.size(dir.resolve("v" + v + ".db")) / 1e6, variants[v]);
        }
    }
}
