package org.newsdesk.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Hidden temporary files beside a destination, created with the folder's usual permissions. Unlike
 * Files.createTempFile, which makes files only the owner may read, so an export renamed into place would
 * be unreadable to colleagues sharing the folder.
 */
final class TempFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TempFiles() {
    }

    /** A new, empty ".&lt;name&gt;.&lt;random&gt;.part" file in the destination's folder, open for writing. */
    static Created createBeside(Path destination) throws IOException {
        Path folder = destination.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path temp = folder.resolve("." + destination.getFileName() + "." + HexFormat.of().formatHex(random) + ".part");
            try {
                return new Created(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    record Created(Path path, FileChannel channel) {
    }
}
