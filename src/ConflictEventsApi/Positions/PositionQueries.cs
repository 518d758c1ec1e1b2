using Dapper;
using Npgsql;

namespace ConflictEventsApi.Positions;

/// <summary>What a position is taken toward: one event, or a track (the track itself and its events).</summary>
public enum PositionTarget { Event, Track }

public sealed class PositionQueries(NpgsqlDataSource dataSource)
{
    // Stances toward the target itself: never toward an actor or an actor's participation (0300
    // codes an actor's stance on its own attendance as a stance toward the event).
    private const string TowardEvent = "s.target_type = 'event' AND s.target_event_id = @id";
    private const string TowardTrack = """
        (s.target_type = 'track' AND s.target_track_slug = @id)
        OR (s.target_type = 'event' AND s.target_event_id IN (SELECT e.id FROM events e WHERE e.track_slug = @id))
        """;

    private const string RolesOfEvent = "p.event_id = @id";
    private const string RolesOfTrack = "p.event_id IN (SELECT e.id FROM events e WHERE e.track_slug = @id)";

    // Who holds each involved actor's position (actor_holders, 1008_schema_rules_once.sql): itself,
    // or with @rollup the top of its chain of organ relations (a spokeswoman -> an embassy -> a state).
    private const string Holders = "holder AS (SELECT * FROM actor_holders(ARRAY(SELECT actor_id FROM involved), @rollup))";

    /// <summary>Every actor's position toward the event or track, or null when it does not exist.</summary>
    public async Task<IReadOnlyList<ActorPosition>?> ListAsync(PositionTarget target, string id, bool rollup,
        CancellationToken cancellationToken)
    {
        var (exists, toward, roles) = target == PositionTarget.Event
            ? ("SELECT EXISTS (SELECT 1 FROM events WHERE id = @id)", TowardEvent, RolesOfEvent)
            : ("SELECT EXISTS (SELECT 1 FROM tracks WHERE slug = @id)", TowardTrack, RolesOfTrack);
        var sql = $"""
            {exists};

            WITH toward AS (
                SELECT s.id::text AS id, s.actor_id::text AS actor_id, s.polarity, s.stated_on
                FROM stances s WHERE {toward}),
            involved AS (SELECT DISTINCT actor_id FROM toward),
            {Holders},
            dated AS (
                SELECT h.holder_id, t.id, t.actor_id, t.polarity, t.stated_on,
                       max(t.stated_on) OVER (PARTITION BY h.holder_id) AS last_on
                FROM toward t JOIN holder h ON h.actor_id = t.actor_id)
            SELECT d.holder_id AS actor_id, a.name AS actor_name,
                   position_of(min(d.polarity) FILTER (WHERE d.stated_on = d.last_on),
                               max(d.polarity) FILTER (WHERE d.stated_on = d.last_on)) AS position,
                   array_agg(d.id ORDER BY d.id) FILTER (WHERE d.stated_on = d.last_on) AS deciding_stance_ids,
                   min(d.stated_on) AS first_stated_on, max(d.stated_on) AS last_stated_on,
                   array_agg(d.id ORDER BY d.stated_on, d.id) AS stance_ids,
                   array_agg(DISTINCT d.actor_id ORDER BY d.actor_id) AS stated_by_actor_ids
            FROM dated d JOIN actors a ON a.id = d.holder_id
            GROUP BY d.holder_id, a.name
            ORDER BY d.holder_id;

            WITH roles AS (
                SELECT p.event_id::text AS event_id, p.role, p.actor_id::text AS actor_id
                FROM event_participants p WHERE {roles}),
            involved AS (SELECT DISTINCT actor_id FROM roles),
            {Holders}
            SELECT h.holder_id, r.event_id, r.role, r.actor_id
            FROM roles r JOIN holder h ON h.actor_id = r.actor_id
            ORDER BY h.holder_id, r.event_id, r.role, r.actor_id;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, new { id, rollup }, cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>()) return null;
        // Dapper fills every column of the row; the roles come from the second statement.
        var positions = (await results.ReadAsync<ActorPosition>()).AsList();
        var rolesByHolder = (await results.ReadAsync<RoleRow>()).ToLookup(
            row => row.HolderId, row => new ParticipationRole { EventId = row.EventId, Role = row.Role, ActorId = row.ActorId });
        return positions.Select(row => row with { Roles = rolesByHolder[row.ActorId].ToList() }).ToList();
    }

    /// <summary>
    /// One actor's position toward each track (its own stances toward the track or its events), a page
    /// by track after <paramref name="afterTrack"/> (limit + 1 rows; no limit: all); null when the actor does not exist.
    /// </summary>
    public async Task<IReadOnlyList<TrackPosition>?> ForActorAsync(string actorId, string[] positions, string? afterTrack, int? limit,
        CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT EXISTS (SELECT 1 FROM actors WHERE id = @actorId);

            WITH toward AS (
                SELECT st.track, s.id::text AS id, s.polarity, s.stated_on,
                       max(s.stated_on) OVER (PARTITION BY st.track) AS last_on
                FROM stances s JOIN stance_tracks st ON st.stance_id = s.id
                WHERE s.actor_id = @actorId AND s.target_type IN ('event', 'track')
                  AND (@afterTrack::text IS NULL OR st.track > @afterTrack))
            SELECT t.track, tr.name AS track_name,
                   position_of(min(t.polarity) FILTER (WHERE t.stated_on = t.last_on),
                               max(t.polarity) FILTER (WHERE t.stated_on = t.last_on)) AS position,
                   array_agg(t.id ORDER BY t.id) FILTER (WHERE t.stated_on = t.last_on) AS deciding_stance_ids,
                   min(t.stated_on) AS first_stated_on, max(t.stated_on) AS last_stated_on,
                   array_agg(t.id ORDER BY t.stated_on, t.id) AS stance_ids
            FROM toward t JOIN tracks tr ON tr.slug = t.track
            GROUP BY t.track, tr.name
            HAVING cardinality(@positions::text[]) = 0
                OR position_of(min(t.polarity) FILTER (WHERE t.stated_on = t.last_on),
                               max(t.polarity) FILTER (WHERE t.stated_on = t.last_on)) = ANY(@positions)
            ORDER BY t.track
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
