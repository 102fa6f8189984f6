package org.newsdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Sends Newsdesk's log (java.util.logging) to rotating files in the data folder: {@code logs/newsdesk.0.log}
 * is the current one, five files of 1 MB at most. Only the app's own start configures it, so tests and the
 * command line log nowhere unless they ask.
 */
public final class AppLog {
    private static final String ROOT = "org.newsdesk";
    private static final int FILE_LIMIT = 1_000_000;
    private static final int FILE_COUNT = 5;

    private AppLog() {
    }

    /** The folder the log files go to. */
    public static Path folder(AppDirectories directories) {
        return directories.dataDir().resolve("logs");
    }

    /** Starts writing the log; a folder that cannot be written leaves the app without a log, nothing worse. */
    public static void toFiles(AppDirectories directories) {
        Path folder = folder(directories);
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("newsdesk.%g.log").toString(), FILE_LIMIT,
                    FILE_COUNT, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
            Logger root = Logger.getLogger(ROOT);
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            root.setUseParentHandlers(false); // the file, not the terminal: a user sees sentences, not log lines
        } catch (IOException | SecurityException e) {
            Logger.getLogger(ROOT).log(Level.WARNING, "No log file in " + folder, e);
        }
    }

    /** One line a record (time, level, logger, message), then the stack trace of a failure if any. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
