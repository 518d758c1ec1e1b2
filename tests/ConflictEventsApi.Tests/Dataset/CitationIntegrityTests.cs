using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Dataset;

/// <summary>Every fact is traceable: each quote stands in its source at its offsets, and every fact has one.</summary>
public sealed class CitationIntegrityTests(PostgresServer server) : IAsyncLifetime
{
    private string _database = "";

    public async ValueTask InitializeAsync() => _database = await server.CreateMigratedDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private NpgsqlConnection Owner() => new(server.OwnerConnectionString(_database));

    [Fact]
    public async Task EveryQuoteIsTheSourceTextAtItsOffsets()
    {
        await using var connection = Owner();
        var citations = (await connection.QueryAsync<(string Body, int StartOffset, int Length, string Quote)>(
            "SELECT s.body, c.start_offset, c.length, c.quote FROM citations c JOIN sources s ON s.id = c.source_id")).ToList();

        citations.Should().HaveCountGreaterThan(100);
        foreach (var (body, start, length, quote) in citations)
            body.Substring(start, length).Should().Be(quote);
    }

    [Fact]
    public async Task EachSourceIsItsSeedFileWordForWord()
    {
        await using var connection = Owner();
        var sources = (await connection.QueryAsync<(string CorpusFile, string Body)>("SELECT corpus_file, body FROM sources")).ToList();
        // The article files live in the repository (db/sources), so a fresh clone runs this test too.
        var seeds = Path.Combine(RepositoryPaths.Root, "db", "sources");

        sources.Should().HaveCount(Directory.GetFiles(seeds, "*.txt").Length);
        foreach (var (corpusFile, body) in sources)
            body.Should().Be(await File.ReadAllTextAsync(Path.Combine(seeds, corpusFile), TestContext.Current.CancellationToken), corpusFile);
    }

    [Theory]
    [InlineData("events", "id", "event_id")]
    [InlineData("stances", "id", "stance_id")]
    [InlineData("claims", "id", "claim_id")]
    [InlineData("event_schedules", "id", "schedule_id")]
    [InlineData("event_participants", "id", "participant_id")]
    public async Task EveryFactHasAtLeastOneCitation(string table, string key, string citationColumn)
    {
        await using var connection = Owner();
        // Names come from the InlineData above, never from input.
        var uncited = await connection.QueryAsync<string>(
            $"SELECT t.{key}::text FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.{citationColumn} = t.{key})");

        uncited.Should().BeEmpty($"every row of {table} needs a quote");
    }

    [Fact]
    public async Task TheDatabaseRefusesAQuoteTheSourceDoesNotHold()
    {
        await using var connection = Owner();
        var (sourceId, eventId) = await connection.QueryFirstAsync<(string, string)>(
            "SELECT c.source_id, c.event_id FROM citations c WHERE c.event_id IS NOT NULL ORDER BY c.id");

        var invented = () => connection.ExecuteAsync(
            "INSERT INTO citations (source_id, quote, event_id) VALUES (@sourceId, 'words no article ever printed', @eventId)",
            new { sourceId, eventId });
        var misplaced = () => connection.ExecuteAsync(
            "INSERT INTO citations (source_id, start_offset, length, quote, event_id) SELECT source_id, start_offset + 1, length, quote, event_id FROM citations WHERE event_id = @eventId LIMIT 1",
            new { eventId });

        (await invented.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("not found");
        (await misplaced.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("does not hold");
    }

    [Fact]
    public async Task ACitedSourceTextCannotChange()
    {
        await using var connection = Owner();

        var edit = () => connection.ExecuteAsync("UPDATE sources SET body = body || ' (edited)'");

        (await edit.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("cannot change");
    }
}
