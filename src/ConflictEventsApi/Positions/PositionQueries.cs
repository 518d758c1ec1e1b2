using ConflictEventsApi.Data;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Positions;

/// <summary>What a position is taken toward: one event, or a track (the track itself and its events).</summary>
public enum PositionTarget { Event, Track }

/// <summary>The filters and page of a positions list, already validated.</summary>
public sealed record PositionFilter(bool Rollup, string[] Positions, string[] ActorIds, PositionKey? After, int? Limit, bool IncludeTotal);

public sealed class PositionQueries(NpgsqlDataSource dataSource)
{
    /// <summary>At most this many stance ids per row (the latest), so a row stays small whatever the actor; stanceCount counts them all.</summary>
    public const int MaxStanceIds = 100;

    private const string Columns = """
        p.actor_id, p.actor_name, p.position, p.deciding_stance_ids, p.first_stated_on, p.last_stated_on,
        p.stance_count, p.stance_ids, p.stated_by_actor_ids
        """;

    /// <summary>
    /// A page of the actors' positions toward the track (limit + 1 rows; no limit: all), read from
    /// track_positions (1009), where they are kept with the dataset in the list's order; the total
    /// when asked; null when the track does not exist.
    /// </summary>
    public async Task<(IReadOnlyList<ActorPosition> Rows, long? Total)?> ForTrackAsync(string id, PositionFilter filter,
        CancellationToken cancellationToken)
    {
        var where = new SqlFilter()
            .When(filter.Positions, "p.position = ANY(@positions)", "positions")
            .When(filter.ActorIds, "p.actor_id = ANY(@actorIds)", "actorIds");
        var parameters = where.Parameters;
        parameters.AddDynamicParams(new { id, rollup = filter.Rollup, take = filter.Limit + 1 });
        var keyset = "";
        if (filter.After is { } after)
        {
            keyset = " AND (p.position_rank, p.actor_name, p.actor_id) > (@afterRank, @afterName::text COLLATE \"C\", @afterId::text COLLATE \"C\")";
            parameters.AddDynamicParams(new { afterRank = after.Rank, afterName = after.Name, afterId = after.Id });
        }
        var total = filter.IncludeTotal
            ? $"SELECT count(*) FROM track_positions p WHERE p.track = @id AND p.rollup = @rollup AND {where.Where};"
            : "";
        var sql = $"""
            SELECT EXISTS (SELECT 1 FROM tracks WHERE slug = @id);

            SELECT {Columns}
            FROM track_positions p
            WHERE p.track = @id AND p.rollup = @rollup AND {where.Where}{keyset}
            ORDER BY p.position_rank, p.actor_name, p.actor_id
            LIMIT @take;

            {total}
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        List<ActorPosition> rows;
        long? count = null;
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
        {
            if (!await results.ReadSingleAsync<bool>()) return null;
            rows = (await results.ReadAsync<ActorPosition>()).AsList();
            if (filter.IncludeTotal) count = await results.ReadSingleAsync<long>();
        }
        if (rows.Count == 0) return (rows, count);
        // The roles of the page's holders only: a track's events can have thousands of participants.
        var roles = await connection.QueryAsync<RoleRow>(new CommandDefinition(RolesSql(RolesOfTrack, pageHoldersOnly: true),
            new { id, rollup = filter.Rollup, holders = rows.Select(row => row.ActorId).ToArray() }, cancellationToken: cancellationToken));
        return (WithRoles(rows, roles), count);
    }

    // Who holds each actor's position: itself, or with @rollup the top of its chain of organ relations
    // (a spokeswoman -> an embassy -> a state). The rule is actor_holders() (1008_schema_rules_once.sql);
    // its rows for every actor are kept in actor_holder_rows (1013_schema_actor_holders_kept.sql), since
    // calling it per request made the statements below slow to plan: they join those rows.
    //
    // Stances toward the event itself: never toward an actor or an actor's participation (0300
    // codes an actor's stance on its own attendance as a stance toward the event).
    private const string RolesOfEvent = "p.event_id = @id";
    private const string RolesOfTrack = "p.event_id IN (SELECT e.id FROM events e WHERE e.track_slug = @id)";

    /// <summary>
    /// Every actor's position toward the event, in the list's order (an event has few; they are
    /// computed per request, by the rule track_positions keeps for tracks), or null when it does not exist.
    /// </summary>
    public async Task<IReadOnlyList<ActorPosition>?> ForEventAsync(string id, bool rollup, CancellationToken cancellationToken)
    {
        // One round trip: the event's roles come with its positions (an event has few participants).
        var sql = $"""
            SELECT EXISTS (SELECT 1 FROM events WHERE id = @id);

            WITH toward AS (
                SELECT s.id::text AS id, s.actor_id::text AS actor_id, s.polarity, s.stated_on
                FROM stances s WHERE s.target_type = 'event' AND s.target_event_id = @id),
            dated AS (
                SELECT h.holder_id, t.id, t.actor_id, t.polarity, t.stated_on,
                       max(t.stated_on) OVER (PARTITION BY h.holder_id) AS last_on,
                       row_number() OVER (PARTITION BY h.holder_id ORDER BY t.stated_on DESC, t.id DESC) AS recency
                FROM toward t JOIN actor_holder_rows h ON h.actor_id = t.actor_id AND h.rollup = @rollup)
            SELECT d.holder_id AS actor_id, a.name AS actor_name,
                   position_of(min(d.polarity) FILTER (WHERE d.stated_on = d.last_on),
                               max(d.polarity) FILTER (WHERE d.stated_on = d.last_on)) AS position,
                   array_agg(d.id ORDER BY d.id) FILTER (WHERE d.stated_on = d.last_on) AS deciding_stance_ids,
                   min(d.stated_on) AS first_stated_on, max(d.stated_on) AS last_stated_on,
                   count(*) AS stance_count,
                   array_agg(d.id ORDER BY d.stated_on, d.id) FILTER (WHERE d.recency <= {MaxStanceIds}) AS stance_ids,
                   array_agg(DISTINCT d.actor_id ORDER BY d.actor_id) AS stated_by_actor_ids
            FROM dated d JOIN actors a ON a.id = d.holder_id
            GROUP BY d.holder_id, a.name;

            {RolesSql(RolesOfEvent, pageHoldersOnly: false)}
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, new { id, rollup }, cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>()) return null;
        var rows = (await results.ReadAsync<ActorPosition>()).AsList();
        rows.Sort((a, b) => PositionKey.Compare(PositionKey.Of(a), PositionKey.Of(b)));
        return WithRoles(rows, await results.ReadAsync<RoleRow>());
    }

    /// <summary>
    /// The participation roles of each holder in the event or the track's events, in order; with
    /// <paramref name="pageHoldersOnly"/> only those of the holders in @holders.
    /// </summary>
    private static string RolesSql(string roles, bool pageHoldersOnly) => $"""
        WITH roles AS (
            SELECT p.event_id::text AS event_id, p.role, p.actor_id::text AS actor_id
            FROM event_participants p WHERE {roles})
        SELECT h.holder_id, r.event_id, r.role, r.actor_id
        FROM roles r JOIN actor_holder_rows h ON h.actor_id = r.actor_id AND h.rollup = @rollup
        {(pageHoldersOnly ? "WHERE h.holder_id = ANY(@holders)" : "")}
        ORDER BY h.holder_id, r.event_id, r.role, r.actor_id;
        """;

    /// <summary>The rows with their holders' roles (a holder with no row is left out).</summary>
    private static List<ActorPosition> WithRoles(List<ActorPosition> rows, IEnumerable<RoleRow> roles)
    {
        var rolesByHolder = roles.ToLookup(row => row.HolderId,
            row => new ParticipationRole { EventId = row.EventId, Role = row.Role, ActorId = row.ActorId });
        return rows.Select(row => row with { Roles = rolesByHolder[row.ActorId].ToList() }).ToList();
    }

    /// <summary>
    /// One actor's position toward each track (its own stances toward the track or its events, the
    /// rows of track_positions as coded), a page by track after <paramref name="afterTrack"/>
    /// (limit + 1 rows; no limit: all); null when the actor does not exist.
    /// </summary>
    public async Task<IReadOnlyList<TrackPosition>?> ForActorAsync(string actorId, string[] positions, string? afterTrack, int? limit,
        CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT EXISTS (SELECT 1 FROM actors WHERE id = @actorId);

            SELECT p.track, t.name AS track_name, p.position, p.deciding_stance_ids, p.first_stated_on, p.last_stated_on,
                   p.stance_count, p.stance_ids
            FROM track_positions p JOIN tracks t ON t.slug = p.track
            WHERE p.actor_id = @actorId AND NOT p.rollup
              AND (@afterTrack::text IS NULL OR p.track > @afterTrack)
              AND (cardinality(@positions::text[]) = 0 OR p.position = ANY(@positions))
            ORDER BY p.track
            LIMIT @take;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql,
            new { actorId, positions, afterTrack, take = limit + 1 }, cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>()) return null;
        return (await results.ReadAsync<TrackPosition>()).AsList();
    }

    private sealed record RoleRow(string HolderId, string EventId, string Role, string ActorId);
}
