using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.OpenApi;

/// <summary>
/// Every property of a response schema that is read from a column of the same name says null
/// exactly when the column allows it: a generated client's types then match the data (a NOT NULL
/// date typed as nullable makes every caller check for a null that never comes, and the reverse
/// crashes a strict client on real data).
/// </summary>
public sealed class NullabilityTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    /// <summary>Each response schema and the table its rows come from.</summary>
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["ActorSummary"] = "actors", ["ActorDetail"] = "actors", ["ActorAlias"] = "actor_aliases",
        ["ActorAffiliation"] = "actor_affiliations", ["ActorMember"] = "actor_affiliations",
        ["ClaimSummary"] = "claims", ["TopicClaim"] = "claims", ["EventClaim"] = "claims", ["ClaimTopic"] = "claim_topics",
        ["ClaimTopicSummary"] = "claim_topics", ["ClaimSource"] = "sources", ["SourceSummary"] = "sources", ["SourceDetail"] = "sources",
        ["EventSummary"] = "events", ["EventSchedule"] = "event_schedules", ["EventParticipant"] = "event_participants",
        ["ParticipantItem"] = "event_participants", ["EventStance"] = "stances", ["StanceItem"] = "stances", ["Track"] = "tracks",
        ["Citation"] = "citations", ["SourceCitation"] = "citations", ["ClaimQuote"] = "citations",
    };

    [Fact]
    public async Task EveryPropertyReadFromAColumnIsNullableExactlyWhenTheColumnIs()
    {
        var schemas = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("components").GetProperty("schemas");
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var columns = (await connection.QueryAsync<(string Table, string Column, string Nullable)>(new CommandDefinition(
                // A generated column is reported as nullable whatever its expression yields (stances.target_type: a CASE with an ELSE).
                "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'NEVER'",
                cancellationToken: TestContext.Current.CancellationToken)))
            .ToDictionary(column => (column.Table, column.Column), column => column.Nullable == "YES");
        var failures = new List<string>();
        var compared = 0;

        foreach (var (schemaName, table) in Tables)
        {
            if (!schemas.TryGetProperty(schemaName, out var schema))
            {
                failures.Add($"{schemaName}: not in the document");
                continue;
            }
            foreach (var property in schema.GetProperty("properties").EnumerateObject())
            {
                if (!columns.TryGetValue((table, SnakeCase(property.Name)), out var columnNullable)) continue;
                compared++;
                var propertyNullable = IsNullable(property.Value);
                if (propertyNullable != columnNullable)
                    failures.Add($"{schemaName}.{property.Name} is {(propertyNullable ? "nullable" : "not nullable")}; " +
                        $"{table}.{SnakeCase(property.Name)} is {(columnNullable ? "NULL" : "NOT NULL")}");
            }
        }

        compared.Should().BeGreaterThan(60);
        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static bool IsNullable(JsonElement schema) =>
        (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(item => item.GetString() == "null"))
        || (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Any(IsNullable))
        || (schema.TryGetProperty("type", out var single) && single.ValueKind == JsonValueKind.String && single.GetString() == "null");

    private static string SnakeCase(string name) =>
        string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
