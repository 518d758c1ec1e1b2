using ConflictEventsApi.Http.Queries;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>What an id in a filter names, and the list endpoint that shows the valid ones.</summary>
public sealed record IdKind(string Noun, string Table, string Column, string ListedBy)
{
    public static readonly IdKind Event = new("event", "events", "id", "GET /events");
    public static readonly IdKind Track = new("track", "tracks", "slug", "GET /tracks");
    public static readonly IdKind Actor = new("actor", "actors", "id", "GET /actors");
    public static readonly IdKind Source = new("source", "sources", "id", "GET /sources");
}

/// <summary>
/// Ids given in filters are checked, so a typo is a 400 naming the parameter instead of an empty
/// list that looks like an answer.
/// </summary>
public static class KnownIds
{
    public static async Task CheckAsync(NpgsqlConnection connection, ParsedQuery query, string parameter, IdKind kind,
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return;
        // Table and column come from the fixed IdKind values above, never from the request.
        var sql = $"SELECT x FROM unnest(@ids::text[]) AS x WHERE NOT EXISTS (SELECT 1 FROM {kind.Table} t WHERE t.{kind.Column} = x) ORDER BY x";
        var unknown = (await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { ids = ids.ToArray() }, cancellationToken: cancellationToken))).AsList();
        if (unknown.Count > 0)
            query.AddError(parameter,
                $"'{parameter}' names no known {kind.Noun}: {string.Join(", ", unknown.Select(id => $"'{id}'"))}. {kind.ListedBy} lists the ids.");
    }
}
