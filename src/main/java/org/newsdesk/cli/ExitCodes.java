package org.newsdesk.cli;

/** The exit codes scripts rely on (DESIGN.md, "Command line"). */
final class ExitCodes {
    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;
    static final int CONFLICT = 3;
    /** Something failed that is not the user's input, e.g. the disk is full. */
    static final int FAILURE = 4;

    private ExitCodes() {
    }
}
