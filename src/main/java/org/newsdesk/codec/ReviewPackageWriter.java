package org.newsdesk.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsdesk.model.ReviewPackage;

/** Writes a review package as pretty JSON that {@link ReviewPackageReader} reads back exactly. */
public final class ReviewPackageWriter {
    private final ObjectMapper mapper;
    private final JsonCodec codec;

    public ReviewPackageWriter(JsonCodec codec) {
        this.codec = codec;
        this.mapper = codec.mapper();
    }

    public String write(ReviewPackage p) {
        ObjectNode root = mapper.createObjectNode();
        root.put(ReviewPackageFormat.FORMAT_FIELD, ReviewPackageFormat.FORMAT);
        root.put(ReviewPackageFormat.VERSION_FIELD, ReviewPackageFormat.VERSION);
        root.put(ReviewPackageFormat.EXPORTED_BY, p.exportedBy());
        root.set(ReviewPackageFormat.EXPORTED_AT, mapper.valueToTree(p.exportedAt()));
        root.set(ReviewPackageFormat.ARTICLE, mapper.valueToTree(p.article()));
        root.set(ReviewPackageFormat.REVISIONS, mapper.valueToTree(p.revisions()));
        root.set(ReviewPackageFormat.COMMENTS, mapper.valueToTree(p.comments()));
        root.set(ReviewPackageFormat.STATUS_HISTORY, mapper.valueToTree(p.statusHistory()));
        if (p.translation() != null) {
            root.set("translation", mapper.valueToTree(p.translation()));
        }
        return codec.writePretty(root) + "\n";
    }
}
