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
            if (c == ';' && !inQuote && !insideTriggerBody(current)) {
                add(statements, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    /** A trigger's body holds statements of its own: its ";"s end the trigger only after its END. */
    private static boolean insideTriggerBody(StringBuilder sql) {
        String s = sql.toString().strip().toUpperCase(java.util.Locale.ROOT);
        return s.matches("(?s)CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*") && !s.matches("(?s).*\\bEND$");
    }

    private static void add(List<String> statements, StringBuilder sql) {
        String s = sql.toString().strip();
        if (!s.isEmpty()) {
            statements.add(s);
        }
    }
}
