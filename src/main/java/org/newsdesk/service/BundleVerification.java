package org.newsdesk.service;

import java.nio.file.Path;
import org.newsdesk.codec.BundleCheck;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.ZipLimits;

/** Checks a bundle against its manifest. Needs no library: a bundle can be checked anywhere. */
public final class BundleVerification {
    private final BundleChecker checker;

    public BundleVerification(JsonCodec json) {
        this(new BundleChecker(json, ZipLimits.DEFAULT));
    }

    BundleVerification(BundleChecker checker) {
        this.checker = checker;
    }

    /** Every file present, sizes and SHA-256 equal to the manifest's, nothing extra, a manifest version known. */
    public BundleCheck verify(Path bundle) {
        return checker.check(bundle, name -> false);
    }
}
