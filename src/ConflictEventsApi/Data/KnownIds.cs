using Dapper;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>What an id in a filter names, and the list endpoint that shows the valid ones.</summary>
public sealed record IdKind(string Noun, string Table, string Column, string ListedBy)
{
    /// <summary>
    /// A few dozen ids at most: ids found to exist are remembered for a few seconds, so the common
    /// request (one track's page) costs no round trip to check its track.
    /// </summary>
    public bool Remembered { get; init; }

    public static readonly IdKind Event = new("event", "events", "id", "GET /events");
    public static readonly IdKind Track = new("track", "tracks", "slug", "GET /tracks") { Remembered = true };
    public static readonly IdKind Actor = new("actor", "actors", "id", "GET /actors");
    public static readonly IdKind Source = new("source", "sources", "id", "GET /sources");
    public static readonly IdKind ClaimTopic = new("claim topic", "claim_topics", "slug", "GET /claims/topics") { Remembered = true };

    /// <summary>The kind whose ids a table holds (the name a [KnownIds] attribute gives).</summary>
    public static IdKind ByTable(string table) =>
        new[] { Event, Track, Actor, Source, ClaimTopic }.Single(kind => kind.Table == table);
}

/// <summary>
/// Ids given in filters are checked, so a typo is a 400 naming the parameter and the nearest valid
/// ids instead of an empty list that looks like an answer.
/// </summary>
public static class KnownIds
{
    /// <summary>How many valid ids a 400 suggests for each unknown one.</summary>
    public const int SuggestionCount = 3;

    /// <summary>
    /// The valid ids on each side of an unknown one in index order, ranked for suggestions: a bound
    /// on the rows read, however large the table (events run to millions at benchmark scale).
    /// </summary>
    private const int NeighboursPerSide = 50;

    /// <summary>How long an id found to exist is taken on trust (as long as the dataset version is).</summary>
    private static readonly TimeSpan RememberedFor = TimeSpan.FromSeconds(5);

    /// <summary>Ids of the remembered kinds found to exist, per database, until when.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Database, string Table, string Id), long> Known = new();

    /// <summary>
    /// The 400 message naming the ids that name nothing, with the nearest valid ones; null when all
    /// exist. The connection is opened only when an id needs the database (see <see cref="IdKind.Remembered"/>).
    /// </summary>
    public static async Task<string?> UnknownAsync(Func<ValueTask<NpgsqlConnection>> connect, string database, string parameter, IdKind kind,
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return null;
        var now = Environment.TickCount64;
        if (kind.Remembered && ids.All(id => Known.TryGetValue((database, kind.Table, id), out var until) && until > now)) return null;
        var problem = await UnknownAsync(await connect(), parameter, kind, ids, cancellationToken);
        if (problem is null && kind.Remembered)
            foreach (var id in ids) Known[(database, kind.Table, id)] = now + (long)RememberedFor.TotalMilliseconds;
        return problem;
    }

    /// <summary>The 400 message naming the ids that name nothing, with the nearest valid ones; null when all exist.</summary>
    public static async Task<string?> UnknownAsync(NpgsqlConnection connection, string parameter, IdKind kind,
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return null;
        // Table and column come from the fixed IdKind values above, never from the request.
        var sql = $"SELECT x FROM unnest(@ids::text[]) AS x WHERE NOT EXISTS (SELECT 1 FROM {kind.Table} t WHERE t.{kind.Column} = x) ORDER BY x";
        var unknown = (await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { ids = ids.ToArray() }, cancellationToken: cancellationToken))).AsList();
        if (unknown.Count == 0) return null;
        var nearest = await NearestAsync(connection, kind, unknown, cancellationToken);
        return $"'{parameter}' names no known {kind.Noun}: {string.Join("; ", unknown.Select(id => $"'{id}'{Suggestion(nearest[id])}"))}. " +
            $"{kind.ListedBy} lists the ids.";
    }

    /// <summary>For each unknown id, the valid ids nearest to it, nearest first (at most <see cref="SuggestionCount"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> NearestAsync(NpgsqlConnection connection, IdKind kind,
        IReadOnlyCollection<string> unknown, CancellationToken cancellationToken)
    {
        // Two index range scans per unknown id: the ids sorting just before and just after it share
        // its longest prefixes. A typo in the first letters finds less; no table is ever read whole.
        var sql = $"""
            SELECT u.x AS Unknown, c.id AS Candidate
            FROM unnest(@unknown::text[]) AS u(x)
            CROSS JOIN LATERAL (
                (SELECT t.{kind.Column}::text AS id FROM {kind.Table} t WHERE t.{kind.Column} >= u.x ORDER BY t.{kind.Column} LIMIT @perSide)
                UNION ALL
                (SELECT t.{kind.Column}::text FROM {kind.Table} t WHERE t.{kind.Column} < u.x ORDER BY t.{kind.Column} DESC LIMIT @perSide)
            ) AS c
            """;
        var rows = await connection.QueryAsync<(string Unknown, string Candidate)>(new CommandDefinition(
            sql, new { unknown = unknown.ToArray(), perSide = NeighboursPerSide }, cancellationToken: cancellationToken));
        var candidates = rows.ToLookup(row => row.Unknown, row => row.Candidate);
        return unknown.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Rank(id, candidates[id]), StringComparer.Ordinal);
    }

    /// <summary>The nearest candidates: fewest edits, then longest shared prefix, then by id.</summary>
    public static string[] Rank(string unknown, IEnumerable<string> candidates) => candidates
        .Distinct(StringComparer.Ordinal)
        .OrderBy(candidate => EditDistance(unknown, candidate))
        .ThenByDescending(candidate => SharedPrefixLength(unknown, candidate))
        .ThenBy(candidate => candidate, StringComparer.Ordinal)
        .Take(SuggestionCount)
        .ToArray();

    /// <summary>" (nearest: a, b, c)", or nothing when the table is empty.</summary>
    public static string Suggestion(IReadOnlyCollection<string> nearest) =>
        nearest.Count == 0 ? "" : $" (nearest: {string.Join(", ", nearest)})";

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, each counting one.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static int SharedPrefixLength(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length]) length++;
        return length;
    }
}
