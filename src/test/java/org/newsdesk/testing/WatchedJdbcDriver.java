package org.newsdesk.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of sqlite-jdbc (and of the PostgreSQL driver a team library uses): the store opens its
 * connections through {@link DriverManager}, which asks the drivers in the order they were registered, so this one
 * (moved first) gets them, opens the real connection and hands it out wrapped. Each call on the connection, its statements and their result sets made on
 * the FX thread is told to the {@link FxThreadWatch}. Calls that do no database work (closed-ness, wrappers,
 * warnings) are not.
 */
final class WatchedJdbcDriver implements Driver {
    private static final Set<String> HARMLESS = Set.of("isClosed", "unwrap", "isWrapperFor", "toString", "hashCode",
            "equals", "getWarnings", "clearWarnings", "getAutoCommit", "isReadOnly");
    private final Driver sqlite;
    private final FxThreadWatch watch;

    private WatchedJdbcDriver(Driver sqlite, FxThreadWatch watch) {
        this.sqlite = sqlite;
        this.watch = watch;
    }

    /** Registers the watched driver and moves sqlite-jdbc's behind it. */
    static void putInFront(FxThreadWatch watch) {
        try {
            List<Driver> drivers = Collections.list(DriverManager.getDrivers()); // loads the service-listed ones
            if (drivers.stream().noneMatch(d -> d.getClass().getName().equals("org.sqlite.JDBC"))) {
                drivers.add(new org.sqlite.JDBC());
            }
            for (Driver d : drivers) {
                DriverManager.deregisterDriver(d);
            }
            // each driver (SQLite for the library, PostgreSQL for a team library) watched, then the real ones
            for (Driver d : drivers) {
                DriverManager.registerDriver(new WatchedJdbcDriver(d, watch));
            }
            for (Driver d : drivers) {
                DriverManager.registerDriver(d);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot put the watched SQLite driver in front", e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        if (FxThreadWatch.onFxThread()) {
            watch.database("open " + url);
        }
        Connection real = sqlite.connect(url, info);
        return real == null ? null : wrap(real, Connection.class);
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(T real, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> invoke(real, type, method, args);
        return (T) Proxy.newProxyInstance(WatchedJdbcDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private Object invoke(Object real, Class<?> type, Method method, Object[] args) throws Throwable {
        if (FxThreadWatch.onFxThread() && !HARMLESS.contains(method.getName())) {
            watch.database(type.getSimpleName() + "." + method.getName()
                    + (args != null && args.length > 0 && args[0] instanceof String sql ? " " + sql : ""));
        }
        Object result;
        try {
            result = method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // statements and result sets are wrapped too: most work happens on them, not on the connection
        Class<?> returned = method.getReturnType();
        if (result == null || method.getName().equals("unwrap")) {
            return result;
        }
        if (returned == java.sql.PreparedStatement.class) {
            return wrap((java.sql.PreparedStatement) result, java.sql.PreparedStatement.class);
        }
        if (returned == Statement.class) {
            return wrap((Statement) result, Statement.class);
        }
        if (returned == ResultSet.class) {
            return wrap((ResultSet) result, ResultSet.class);
        }
        return result;
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return sqlite.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return sqlite.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return sqlite.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return sqlite.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return sqlite.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return sqlite.getParentLogger();
    }
}
