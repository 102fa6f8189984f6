package org.newsdesk.store;

import java.util.ArrayList;
import java.util.List;

/** Splits a migration script into statements: drops "--" comments, splits on ";" outside quotes. */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!inQuote && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
                continue;
            }
            if (c == '\'') {
                inQuote = !inQuote;
            }
            if (c == ';' && !inQuote) {
                add(statements, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder sql) {
        String s = sql.toString().strip();
        if (!s.isEmpty()) {
            statements.add(s);
        }
    }
}
