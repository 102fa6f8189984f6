package org.newsdesk.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsdesk.model.BadInputException;

/**
 * Checks a bundle against its manifest: the manifest is a known version, every file it lists is there with
 * the same size and SHA-256, and nothing else is. The zip is read once, through {@link SafeZipReader}.
 */
public final class BundleChecker {
    private final ObjectMapper mapper;
    private final SafeZipReader zips;

    public BundleChecker(JsonCodec codec, ZipLimits limits) {
        this.mapper = codec.mapper();
        this.zips = new SafeZipReader(limits);
    }

    /** @param keep which entries' bytes to hand back (the manifest is always read, never handed back) */
    public BundleCheck check(Path bundle, Predicate<String> keep) {
        Map<String, Digest> digests = new LinkedHashMap<>();
        Map<String, byte[]> kept = new LinkedHashMap<>();
        byte[][] manifest = new byte[1][];
        try {
            zips.read(bundle, (name, in) -> {
                boolean isManifest = name.equals(BundleFormat.MANIFEST);
                Digest digest = digest(in, isManifest || keep.test(name));
                if (isManifest) {
                    manifest[0] = digest.bytes;
                } else {
                    digests.put(name, digest);
                    if (keep.test(name)) {
                        kept.put(name, digest.bytes);
                    }
                }
            });
        } catch (BadInputException e) {
            return failed(bundle, e.getMessage());
        }
        if (manifest[0] == null) {
            return failed(bundle, "it has no " + BundleFormat.MANIFEST + ", so it is not a Newsdesk bundle");
        }
        JsonNode root;
        try {
            root = mapper.readTree(manifest[0]);
        } catch (IOException e) {
            return failed(bundle, BundleFormat.MANIFEST + " is not valid JSON");
        }
        String formatProblem = formatProblem(root);
        if (formatProblem != null) {
            return failed(bundle, formatProblem);
        }
        List<String> problems = compare(root.path("files"), digests);
        int articles = root.path("articles").size();
        return new BundleCheck(bundle, articles, digests.size() + 1, problems, problems.isEmpty() ? kept : Map.of());
    }

    private static BundleCheck failed(Path bundle, String problem) {
        return new BundleCheck(bundle, 0, 0, List.of(problem), Map.of());
    }

    private static String formatProblem(JsonNode root) {
        if (!root.isObject() || !BundleFormat.FORMAT.equals(root.path("format").asText())) {
            return BundleFormat.MANIFEST + " does not describe a Newsdesk bundle (its format is not \""
                    + BundleFormat.FORMAT + "\")";
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.asInt() < 1 || version.asInt() > BundleFormat.VERSION) {
            return "the manifest version " + version + " is not one this Newsdesk knows (it reads version "
                    + BundleFormat.VERSION + ")";
        }
        if (!root.path("files").isArray() || !root.path("articles").isArray()) {
            return BundleFormat.MANIFEST + " has no \"files\" or \"articles\" list";
        }
        return null;
    }

    private static List<String> compare(JsonNode listed, Map<String, Digest> found) {
        List<String> problems = new ArrayList<>();
        Map<String, Digest> unlisted = new LinkedHashMap<>(found);
        for (JsonNode file : listed) {
            String path = file.path("path").asText();
            Digest digest = unlisted.remove(path);
            if (digest == null) {
                problems.add(path + " is listed in the manifest but missing");
            } else if (file.path("size").asLong(-1) != digest.size) {
                problems.add(path + " is " + digest.size + " bytes, but the manifest says " + file.path("size").asLong(-1));
            } else if (!digest.sha256.equalsIgnoreCase(file.path("sha256").asText())) {
                problems.add(path + " does not match its SHA-256 in the manifest");
            }
        }
        unlisted.keySet().forEach(path -> problems.add(path + " is in the bundle but not in the manifest"));
        return problems;
    }

    private record Digest(long size, String sha256, byte[] bytes) {
    }

    private static Digest digest(InputStream in, boolean keepBytes) throws IOException {
        MessageDigest sha = sha256();
        ByteArrayOutputStream copy = keepBytes ? new ByteArrayOutputStream() : null;
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
            size += n;
            if (copy != null) {
                copy.write(buffer, 0, n);
            }
        }
        return new Digest(size, HexFormat.of().formatHex(sha.digest()), copy == null ? null : copy.toByteArray());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
