package dev.onboardingcost.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The peer the scale benchmark measures against: DuckDB (JDBC, its default threads) computing
 * per-hire-and-category sums of a canonical {@code events.csv}, or grants per user from Okta JSON
 * lines. Benchmark only: DuckDB never reaches the shipped jar.
 *
 * <p>{@code java ... DuckDbPeer csv FILE} or {@code java ... DuckDbPeer okta FILE}
 */
public final class DuckDbPeer {
  private DuckDbPeer() {}

  /** Runs one query on the file and prints the row count and a checksum. */
  public static void main(String[] args) throws SQLException, ClassNotFoundException {
    Class.forName("org.duckdb.DuckDBDriver");
    String file = args[1].replace("'", "''");
    String sql =
        args[0].equals("csv")
            // timestamps carry mixed offsets: read as text, cast to instants in the query
            ? "SELECT hire, category, sum(coalesce(minutes, date_diff('second', CAST(\"start\" AS"
                + " TIMESTAMPTZ), CAST(\"end\" AS TIMESTAMPTZ)) / 60.0)) AS m, count(*) AS n FROM"
                + " read_csv('"
                + file
                + "', header = true, types = {'start': 'VARCHAR', 'end': 'VARCHAR', 'minutes':"
                + " 'DOUBLE'}) GROUP BY hire, category"
            : "SELECT json_extract_string(json, '$.target[0].alternateId') AS u, count(*) AS n"
                + " FROM read_ndjson_objects('"
                + file
                + "') WHERE json_extract_string(json, '$.eventType') IN"
                + " ('application.user_membership.add', 'group.user_membership.add') GROUP BY u";
    long rows = 0;
    double checksum = 0;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows++;
        checksum += result.getDouble(result.getMetaData().getColumnCount());
      }
    }
    System.out.println("duckdb " + args[0] + ": " + rows + " groups, " + (long) checksum + " rows");
  }
}
