using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Dataset;

/// <summary>
/// The coding rules the database enforces (0303_curation_rules.sql), each shown with the message a
/// curator sees: what is wrong, and a hint that says how to fix it. Every mistake runs in a
/// transaction that is rolled back, so the tests share one database.
/// </summary>
public sealed class CurationRulesTests(PostgresServer server) : IAsyncLifetime
{
    private const string National = "the-national-2017-12-25-rebel-groups-reject-sochi";
    private const string Congress = "congress-of-syrian-national-dialogue";
    private string _database = "";

    public async ValueTask InitializeAsync() => _database = await server.CreateMigratedDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task TheExistingDataPassesEveryRule()
    {
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(_database));

        var problems = await connection.QueryAsync<string>("SELECT problem FROM curation_problems()");

        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task AStraightApostropheWhereTheTextHasACurlyOneIsShownWithTheSourcesForm()
    {
        var refusal = await RefusalAsync(
            "INSERT INTO citations (source_id, quote, event_id) VALUES (@National, 'rejected Russia''s planned Sochi conference', @Congress)");

        refusal.MessageText.Should().StartWith($"citation: quote not found in source {National}");
        refusal.Detail.Should().Contain("The source has \"rejected Russia’s planned Sochi conference\" at offset")
            .And.Contain("typed ' (U+0027) where the source has ’ (U+2019)");
        refusal.Hint.Should().Contain("curate locate --source " + National);
    }

    [Fact]
    public async Task AQuoteThatOccursTwiceIsRefusedWithItsOffsets()
    {
        var refusal = await RefusalAsync("INSERT INTO citations (source_id, quote, event_id) VALUES (@National, 'Sochi', @Congress)");

        refusal.MessageText.Should().Contain("occurs more than once");
        refusal.Hint.Should().MatchRegex(@"^Add start_offset => one of \d+, \d+");
    }

    [Fact]
    public async Task ACitationWhoseLookupFoundNoFactSaysWhyInsteadOfNamingACheckConstraint()
    {
        var refusal = await RefusalAsync(
            "INSERT INTO citations (source_id, quote, stance_id) VALUES (@National, 'Russia’s planned Sochi conference', (SELECT id FROM stances WHERE id = 'no-such-stance'))");

        refusal.MessageText.Should().Contain("supports no fact").And.NotContain("citations_check");
        refusal.Hint.Should().Contain("finds no row gives NULL");
    }

    [Fact]
    public async Task AMistypedReferenceNamesTheIdAndSimilarOnes()
    {
        var refusal = await RefusalAsync(
            "INSERT INTO citations (source_id, quote, stance_id) VALUES (@National, 'Russia’s planned Sochi conference', 'kremlin-promotes-sochi')");

        refusal.MessageText.Should().EndWith("there is no stance with id kremlin-promotes-sochi");
        refusal.Hint.Should().Contain("kremlin-promotes-sochi-congress");
    }

    [Fact]
    public async Task AClaimCitedFromAnotherSourceIsRefused()
    {
        var refusal = await RefusalAsync("""
            INSERT INTO citations (source_id, quote, claim_id)
            SELECT @National, 'Russia’s planned Sochi conference', id FROM claims WHERE source_id <> @National ORDER BY id LIMIT 1
            """);

        refusal.MessageText.Should().Contain($"is quoted from source {National}, but the claim is the figure of source");
        refusal.Hint.Should().Contain("or add a claim of source " + National);
    }

    [Fact]
    public async Task AnAliasCitationThatDoesNotContainTheAliasIsRefused()
    {
        var refusal = await RefusalAsync("""
            INSERT INTO citations (source_id, quote, alias_id)
            SELECT @National, 'Russia’s planned Sochi conference', id FROM actor_aliases WHERE alias = 'Moscow' ORDER BY id LIMIT 1
            """);

        refusal.MessageText.Should().Contain("of alias \"Moscow\" (actor russia) does not contain the alias");
        refusal.Hint.Should().StartWith("Quote a passage that contains \"Moscow\"");
    }

    [Fact]
    public async Task APolarityAgainstItsKindWithoutAReasonIsRefused()
    {
        var refusal = await RefusalAsync("""
            INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, stated_on, stated_precision, summary)
            VALUES ('test-stance', 'russia', 'rejects', 1, @Congress, DATE '2018-01-29', 'day', 'Test.')
            """);

        refusal.MessageText.Should().Be("stance test-stance: polarity 1 differs from the default -1 of its kind rejects, and polarity_reason does not say why");
        refusal.Hint.Should().StartWith("Set polarity to -1");
    }

    [Fact]
    public async Task APolarityAgainstItsKindWithAReasonIsAccepted()
    {
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(_database));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);

        var insert = () => connection.ExecuteAsync("""
            INSERT INTO stances (id, actor_id, kind, polarity, polarity_reason, target_event_id, stated_on, stated_precision, summary)
            VALUES ('test-stance', 'russia', 'rejects', 1, 'A test of the reason.', @Congress, DATE '2018-01-29', 'day', 'Test.')
            """, new { Congress }, transaction);

        await insert.Should().NotThrowAsync();
    }

    [Theory]
    [InlineData("INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, stated_on, stated_precision, summary) VALUES ('test-uncited', 'russia', 'rejects', -1, 'congress-of-syrian-national-dialogue', DATE '2018-01-29', 'day', 'Test.')",
                "stance test-uncited has no citation", "stance_id")]
    [InlineData("INSERT INTO events (id, kind, title, summary, status) VALUES ('test-uncited', 'meeting', 'Test', 'Test.', 'held')",
                "event test-uncited has no citation", "event_id")]
    [InlineData("INSERT INTO event_participants (event_id, actor_id, role) VALUES ('congress-of-syrian-national-dialogue', 'iran', 'did-not-attend')",
                "(iran, did-not-attend, at congress-of-syrian-national-dialogue) has no citation", "participant_id")]
    [InlineData("DELETE FROM citations WHERE claim_id = (SELECT claim_id FROM citations WHERE claim_id IS NOT NULL GROUP BY claim_id HAVING count(*) = 1 ORDER BY claim_id LIMIT 1)",
                "has no citation", "claim_id")]
    public async Task AFactWithoutACitationIsRefusedWhenTheTransactionCommits(string sql, string message, string column)
    {
        // SET CONSTRAINTS ALL IMMEDIATE fires the deferred checks as COMMIT would, and keeps the rollback.
        var refusal = await RefusalAsync(sql + "; SET CONSTRAINTS ALL IMMEDIATE");

        refusal.MessageText.Should().EndWith(message);
        refusal.Hint.Should().StartWith("Add, in the same migration: INSERT INTO citations (source_id, quote, " + column + ")");
    }

    [Fact]
    public async Task AFactCitedLaterInTheSameTransactionIsAccepted()
    {
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(_database));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);

        var insert = () => connection.ExecuteAsync("""
            INSERT INTO event_participants (event_id, actor_id, role) VALUES (@Congress, 'iran', 'did-not-attend');
            INSERT INTO citations (source_id, quote, participant_id)
            SELECT @National, 'Russia’s planned Sochi conference', id FROM event_participants WHERE actor_id = 'iran' AND role = 'did-not-attend';
            SET CONSTRAINTS ALL IMMEDIATE;
            """, new { Congress, National }, transaction);

        await insert.Should().NotThrowAsync();
    }

    [Fact]
    public async Task AWeekDateThatIsNotAMondayIsRefusedWithTheMonday()
    {
        var refusal = await RefusalAsync(
            "INSERT INTO events (id, kind, title, summary, status, start_date, date_precision) VALUES ('test-week', 'meeting', 'Test', 'Test.', 'held', DATE '2018-01-03', 'week')");

        refusal.MessageText.Should().Be("events test-week: start_date is 2018-01-03, but precision week dates it by its Monday");
        refusal.Hint.Should().Be("Write 2018-01-01.");
    }

    [Fact]
    public async Task ASourceUrlIsAnAbsoluteWebAddressWhenKnownAndAnExcerptIsMarked()
    {
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(_database));

        var rows = (await connection.QueryAsync<(string Id, string? Url, bool? TextComplete)>("SELECT id, url, text_complete FROM sources")).ToList();
        var role = await connection.ExecuteScalarAsync<string>("SELECT definition FROM participant_roles WHERE role = 'did-not-attend'");

        rows.Should().NotBeEmpty().And.OnlyContain(row => row.TextComplete != null, "every source says whether its text is the whole article");
        rows.Where(row => row.Url != null).Should().OnlyContain(row =>
            Uri.IsWellFormedUriString(row.Url, UriKind.Absolute) && (row.Url!.StartsWith("http://") || row.Url.StartsWith("https://")));
        role.Should().Be("Did not attend; no reason given.");
    }

    /// <summary>Runs one curator's mistake in a transaction that is rolled back and returns the refusal.</summary>
    private async Task<PostgresException> RefusalAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(server.OwnerConnectionString(_database)) { IncludeErrorDetail = true, Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var run = () => connection.ExecuteAsync(new CommandDefinition(sql, new { National, Congress }, transaction,
            cancellationToken: TestContext.Current.CancellationToken));
        return (await run.Should().ThrowAsync<PostgresException>()).Which;
    }
}
