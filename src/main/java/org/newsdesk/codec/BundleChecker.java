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
import org.newsdesk.i18n.Message;
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
            return new BundleCheck(bundle, 0, 0, List.of(e.sentence()), true, Map.of());
        }
        if (manifest[0] == null) {
            return failed(bundle, Message.of("error.bundle.noManifest", BundleFormat.MANIFEST));
        }
        JsonNode root;
        try {
            root = mapper.readTree(manifest[0]);
        } catch (IOException e) {
            return failed(bundle, Message.of("error.bundle.manifestNotJson", BundleFormat.MANIFEST));
        }
        Message formatProblem = formatProblem(root);
        if (formatProblem != null) {
            return failed(bundle, formatProblem);
        }
        List<Message> problems = compare(root.path("files"), digests);
        int articles = root.path("articles").size();
        return new BundleCheck(bundle, articles, digests.size() + 1, problems, false,
                problems.isEmpty() ? kept : Map.of());
    }

    private static BundleCheck failed(Path bundle, Message problem) {
        return new BundleCheck(bundle, 0, 0, List.of(problem), false, Map.of());
    }

    private static Message formatProblem(JsonNode root) {
        if (!root.isObject() || !BundleFormat.FORMAT.equals(root.path("format").asText())) {
            return Message.of("error.bundle.notNewsdesk", BundleFormat.MANIFEST, BundleFormat.FORMAT);
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.asInt() < 1 || version.asInt() > BundleFormat.VERSION) {
            return Message.of("error.bundle.unknownVersion", version.toString(), BundleFormat.VERSION);
        }
        if (!root.path("files").isArray() || !root.path("articles").isArray()) {
            return Message.of("error.bundle.noLists", BundleFormat.MANIFEST);
        }
        return null;
    }

    private static List<Message> compare(JsonNode listed, Map<String, Digest> found) {
        List<Message> problems = new ArrayList<>();
        Map<String, Digest> unlisted = new LinkedHashMap<>(found);
        for (JsonNode file : listed) {
            String path = file.path("path").asText();
            Digest digest = unlisted.remove(path);
            if (digest == null) {
                problems.add(Message.of("error.bundle.missing", path));
            } else if (file.path("size").asLong(-1) != digest.size) {
                problems.add(Message.of("error.bundle.wrongSize", path, digest.size, file.path("size").asLong(-1)));
            } else if (!digest.sha256.equalsIgnoreCase(file.path("sha256").asText())) {
                problems.add(Message.of("error.bundle.wrongDigest", path));
            }
        }
        unlisted.keySet().forEach(path -> problems.add(Message.of("error.bundle.unlisted", path)));
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
