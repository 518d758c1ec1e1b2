using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Infrastructure;

public static class DatabaseChecksum
{
    /// <summary>
    /// One md5 per table of the public schema over all its rows, read as the owner: equal before
    /// and after proves a run changed no data. The server quotes the table names (format %I).
    /// </summary>
    public static async Task<Dictionary<string, string>> OfAsync(string ownerConnectionString)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        var statements = await connection.QueryAsync<(string Table, string Sql)>(
            """
            SELECT tablename,
                   format('SELECT md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) FROM public.%I t', '|', '', tablename)
            FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename
            """);
        var checksums = new Dictionary<string, string>();
        foreach (var (table, sql) in statements)
            checksums[table] = await connection.ExecuteScalarAsync<string>(sql) ?? "";
        return checksums;
    }
}
