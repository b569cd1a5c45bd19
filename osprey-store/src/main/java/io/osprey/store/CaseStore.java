package io.osprey.store;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/** A case: a directory holding the DuckDB store {@value #DATABASE_FILE} and the evidence manifest. */
public final class CaseStore implements AutoCloseable {
    public static final String DATABASE_FILE = "case.duckdb";
    public static final String MANIFEST_FILE = "manifest.json";

    private final Path directory;
    private final DuckDBConnection connection;

    private CaseStore(Path directory, DuckDBConnection connection) {
        this.directory = directory;
        this.connection = connection;
    }

    /** Opens the case in {@code directory}, creating the directory and the store when they do not exist. */
    public static CaseStore open(Path directory) throws CaseException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new CaseException("the case " + directory + " is not a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CaseException("cannot create the case directory " + directory + ": " + e.getMessage(), e);
        }
        Path database = directory.resolve(DATABASE_FILE);
        DuckDBConnection connection;
        try {
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
        } catch (SQLException e) {
            throw new CaseException(openFailure(database, e), e);
        }
        int version;
        try {
            version = CaseSchema.create(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CaseException("cannot prepare the case store " + database + ": " + firstLine(e), e);
        }
        if (version != CaseSchema.VERSION) {
            closeQuietly(connection);
            throw new CaseException("the case " + directory + " was made by another version of Osprey (case format "
                    + version + ", this Osprey reads " + CaseSchema.VERSION
                    + "); ingest its evidence into a new case directory");
        }
        return new CaseStore(directory, connection);
    }

    private static String openFailure(Path database, SQLException e) {
        String message = firstLine(e);
        if (message.toLowerCase(Locale.ROOT).contains("lock")) {
            return "the case store " + database + " is in use by another process";
        }
        return "cannot open the case store " + database + ": " + message;
    }

    /** The first line of a database error, without DuckDB's hints. */
    public static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public Path directory() {
        return directory;
    }

    public Path manifestPath() {
        return directory.resolve(MANIFEST_FILE);
    }

    public DuckDBConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(DuckDBConnection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // a failed close of a committed or rolled-back connection loses nothing
        }
    }
}
