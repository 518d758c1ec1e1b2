using ConflictEventsApi.Vocabulary;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Vocabulary;

public sealed class VocabularyTests(PostgresServer server)
{
    [Fact]
    public async Task TheApiNamesExactlyTheVocabulariesTheDatabaseEnforces()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(database));

        foreach (var (table, column, values) in Vocabularies.Tables)
        {
            // Table and column names come from the fixed list in Vocabularies, not from input.
            var stored = await connection.QueryAsync<string>($"SELECT {column} FROM {table}");
            stored.Should().BeEquivalentTo(values, $"{table} and Vocabularies must list the same values");
        }
    }
}
