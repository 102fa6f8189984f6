package org.newsdesk.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the library connection's prepared statements for reuse. The stores prepare a statement per call and close
 * it (try-with-resources); compiling the same SQL again costs SQLite 5–20 µs, and an import runs a dozen statements
 * per article. The connection handed to the stores is a proxy: {@code prepareStatement(sql)} returns an idle
 * statement with that SQL when there is one, and {@code close()} on it only clears its parameters and gives it
 * back. A statement still in use when the same SQL is asked for again (a nested query) is not shared: a new one is
 * made. At most {@value #MAX_IDLE} idle statements are kept, the least recently used closed first.
 */
final class StatementCache {
    private static final int MAX_IDLE = 96;

    private final Connection connection;
    private final Map<String, Deque<PreparedStatement>> idle = new LinkedHashMap<>(128, 0.75f, true);
    private int idleCount;

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** {@code connection} seen through a statement cache (callers must use it from one thread at a time). */
    static Connection wrap(Connection connection) {
        StatementCache cache = new StatementCache(connection);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                cache::onConnection);
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1 && args[0] instanceof String sql) {
            return borrow(sql);
        }
        if (method.getName().equals("close") && (args == null || args.length == 0)) {
            closeIdle();
        }
        return invoke(connection, method, args);
    }

    private PreparedStatement borrow(String sql) throws SQLException {
        Deque<PreparedStatement> free = idle.get(sql);
        PreparedStatement statement = free == null ? null : free.pollFirst();
        if (statement != null) {
            idleCount--;
        } else {
            statement = connection.prepareStatement(sql);
        }
        PreparedStatement real = statement;
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new InvocationHandler() {
                    private boolean returned;

                    @Override
                    public Object invoke(Object p, Method m, Object[] a) throws Throwable {
                        if (m.getName().equals("close") && (a == null || a.length == 0)) {
                            if (!returned) {
                                returned = true;
                                giveBack(sql, real);
                            }
                            return null;
                        }
                        if (m.getName().equals("isClosed") && (a == null || a.length == 0)) {
                            return returned || real.isClosed();
                        }
                        if (returned) {
                            throw new SQLException("statement used after close: " + sql);
                        }
                        return StatementCache.invoke(real, m, a);
                    }
                });
    }

    private void giveBack(String sql, PreparedStatement statement) throws SQLException {
        if (statement.isClosed()) {
            return;
        }
        statement.clearParameters();
        idle.computeIfAbsent(sql, k -> new ArrayDeque<>(1)).addFirst(statement);
        idleCount++;
        while (idleCount > MAX_IDLE) {
            var eldest = idle.entrySet().iterator().next();
            PreparedStatement old = eldest.getValue().pollLast();
            if (eldest.getValue().isEmpty()) {
                idle.remove(eldest.getKey());
            }
            if (old != null) {
                idleCount--;
                old.close();
            }
        }
    }

    private void closeIdle() {
        for (Deque<PreparedStatement> free : idle.values()) {
            for (PreparedStatement ps : free) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // the connection closes next and frees it anyway
                }
            }
        }
        idle.clear();
        idleCount = 0;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
