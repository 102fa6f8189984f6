package org.newsdesk.testing;

import java.io.FilePermission;
import java.security.Permission;

/**
 * A security manager that refuses nothing and only listens: every file check the JDK makes (java.io streams and
 * {@code File} queries, and each NIO call of the default file system) passes through {@link #checkPermission}.
 * Deprecated API, on purpose: it is the one hook that sees java.io and java.nio alike without wrapping every
 * {@code Path} (JDK 17 installs it at run time; JDK 18 to 23 need {@code -Djava.security.manager=allow}, which
 * the surefire argLine passes; JDK 24 removed it).
 */
@SuppressWarnings("removal")
final class FileAccessWatch extends SecurityManager {
    private final FxThreadWatch watch;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    private FileAccessWatch(FxThreadWatch watch) {
        this.watch = watch;
    }

    /** Listens from now on; false on a JDK that no longer has the hook (24 and later), where files go unwatched. */
    static boolean install(FxThreadWatch watch) {
        try {
            java.security.Policy.setPolicy(new AllowAll()); // code asking the policy directly is allowed too
            System.setSecurityManager(new FileAccessWatch(watch));
            return true;
        } catch (UnsupportedOperationException removed) {
            return false;
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof FilePermission && FxThreadWatch.onFxThread() && !inside.get()) {
            inside.set(true);
            try {
                watch.file(perm.getName(), perm.getActions());
            } finally {
                inside.set(false);
            }
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    /** Grants everything: the watch observes, it never refuses. */
    private static final class AllowAll extends java.security.Policy {
        @Override
        public boolean implies(java.security.ProtectionDomain domain, Permission permission) {
            return true;
        }

        @Override
        public java.security.PermissionCollection getPermissions(java.security.CodeSource codesource) {
            java.security.Permissions all = new java.security.Permissions();
            all.add(new java.security.AllPermission());
            return all;
        }

        @Override
        public java.security.PermissionCollection getPermissions(java.security.ProtectionDomain domain) {
            return getPermissions((java.security.CodeSource) null);
        }
    }
}
