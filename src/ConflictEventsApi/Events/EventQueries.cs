using ConflictEventsApi.Json;
using System.Text;
using ConflictEventsApi.Data;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Events;

/// <summary>The filters of GET /events, already validated.</summary>
public sealed record EventFilter(
    string[] Tracks, string[] ActorIds, string[] Kinds, string[] Statuses,
    DateOnly? From, DateOnly? To, string? Text, bool Descending)
{
    /// <summary>Only events where one of these actors has one of <see cref="Roles"/> (any role when empty).</summary>
    public string[] ParticipantIds { get; init; } = [];
    public string[] Roles { get; init; } = [];
}

/// <summary>The position after the last item of a page: its sort date (or the end sentinel) and id.</summary>
public sealed record EventKey(DateOnly SortDate, string Id);

public sealed class EventQueries(NpgsqlDataSource dataSource)
{
    // Undated events sort after every dated one. Npgsql maps DateOnly.MaxValue to 'infinity', so
    // the sentinel reads the same on both sides of a cursor.
    private const string SortDate = "coalesce(e.start_date, 'infinity'::date)";

    private const string Columns = """
        e.id, e.track_slug AS track, e.kind, e.title, e.summary, e.status, e.start_date, e.end_date,
        e.date_precision, e.place, e.country_code, e.latitude, e.longitude, e.parent_event_id
        """;

    /// <summary>One page (limit + 1 rows tell whether another follows), and the total when asked.</summary>
    public async Task<(IReadOnlyList<EventSummary> Rows, long? Total)> ListAsync(
        EventFilter filter, EventKey? after, int limit, bool includeTotal, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        var keyset = after is null ? ""
            : " AND " + DateKeysetSql.After(SortDate, "e.id", after.SortDate, after.Id, filter.Descending, parameters);
        parameters.Add("take", limit + 1);
        var order = filter.Descending ? $"{SortDate} DESC, e.id DESC" : $"{SortDate}, e.id";

        var sql = new StringBuilder($"SELECT {Columns} FROM events e WHERE {where}{keyset} ORDER BY {order} LIMIT @take;");
        if (includeTotal) sql.Append($" SELECT count(*) FROM events e WHERE {where};");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<EventSummary>()).AsList();
        long? total = includeTotal ? await results.ReadSingleAsync<long>() : null;
        return (rows, total);
    }

    /// <summary>Every matching event (CSV exports), in keyset batches of the list query.</summary>
    public IAsyncEnumerable<EventSummary> StreamAsync(EventFilter filter, CancellationToken cancellationToken) =>
        KeysetBatches.StreamInBatchesAsync<EventSummary, EventKey>(
            async (after, limit, token) => (await ListAsync(filter, after, limit, includeTotal: false, token)).Rows,
            row => new EventKey(SortKeyOf(row), row.Id), cancellationToken);

    public static DateOnly SortKeyOf(EventSummary row) => row.StartDate ?? DateOnly.MaxValue;

    /// <summary>Fixed SQL fragments joined for the filters in use; every value is a parameter.</summary>
    private static (string Where, DynamicParameters Parameters) Where(EventFilter filter)
    {
        var sql = new SqlFilter()
            // One track (the common case) is an equality, so the (track, sort key, id) index yields the
            // page in order; PostgreSQL 15 cannot merge the per-value ranges of "= ANY" into one order.
            .When(filter.Tracks.Length == 1 ? filter.Tracks[0] : null, "e.track_slug = @track", "track")
            .When(filter.Tracks.Length > 1 ? filter.Tracks : null, "e.track_slug = ANY(@tracks)", "tracks")
            .When(filter.Kinds, "e.kind = ANY(@kinds)", "kinds")
            .When(filter.Statuses, "e.status = ANY(@statuses)", "statuses")
            .When(filter.ActorIds, """
                (EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.actor_id = ANY(@actorIds))
                 OR EXISTS (SELECT 1 FROM stances s WHERE s.target_event_id = e.id AND s.actor_id = ANY(@actorIds)))
                """, "actorIds")
            // Date-range overlap: an event counts when any of its days falls in [from, to].
            .When(filter.From, "coalesce(e.end_date, e.start_date) >= @from", "from")
            .When(filter.To, "e.start_date <= @to", "to")
            // The document of the title, summary and quotes, kept with the dataset under a GIN index
            // (event_documents, 1009).
            .When(filter.Text, """
                EXISTS (SELECT 1 FROM event_documents d
                        WHERE d.event_id = e.id AND d.document @@ websearch_to_tsquery('english', @text))
                """, "text");
        if (filter.ParticipantIds.Length > 0 || filter.Roles.Length > 0)
        {
            sql.Add("""
                EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id
                        AND (cardinality(@participantIds) = 0 OR p.actor_id = ANY(@participantIds))
                        AND (cardinality(@roles) = 0 OR p.role = ANY(@roles)))
                """);
            sql.Parameters.Add("participantIds", filter.ParticipantIds);
            sql.Parameters.Add("roles", filter.Roles);
        }
        return (sql.Where, sql.Parameters);
    }

    /// <summary>The events with every dated plan of each (include=schedules): one query for the page.</summary>
    public async Task<IReadOnlyList<EventSummary>> WithSchedulesAsync(IReadOnlyList<EventSummary> events, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT s.event_id, {ScheduleColumns}
            FROM event_schedules s WHERE s.event_id = ANY(@ids) ORDER BY s.event_id, s.announced_on NULLS LAST, s.id
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<string, EventSchedule, (string EventId, EventSchedule Schedule)>(new CommandDefinition(
            sql, new { ids = events.Select(row => row.Id).ToArray() }, cancellationToken: cancellationToken),
            (eventId, schedule) => (eventId, schedule), splitOn: "start_date");
        var byEvent = rows.ToLookup(row => row.EventId, row => row.Schedule);
        return events.Select(row => row with { Schedules = [.. byEvent[row.Id]] }).ToList();
    }

    private const string ScheduleColumns = "s.start_date, s.end_date, s.date_precision, s.status, s.announced_on, s.note";

    /// <summary>
    /// The event with its participants, schedules, stances, claims and citations: one round trip.
    /// The citations' ids are collected first by three index lookups: an OR across the three links
    /// made PostgreSQL scan every citation (0.5 s at 100k events, 4 s at 1M; now about 1 ms).
    /// </summary>
    public async Task<EventDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {Columns} FROM events e WHERE e.id = @id;

            SELECT p.actor_id, a.name AS actor_name, p.role, p.note
            FROM event_participants p JOIN actors a ON a.id = p.actor_id
            WHERE p.event_id = @id ORDER BY p.role, p.actor_id;

            SELECT {ScheduleColumns}
            FROM event_schedules s WHERE s.event_id = @id ORDER BY s.announced_on NULLS LAST, s.id;

            SELECT s.id, s.actor_id, s.kind, s.polarity, s.speaker_id, s.stated_on, s.summary
            FROM stances s WHERE s.target_event_id = @id ORDER BY s.stated_on NULLS LAST, s.id;

            SELECT c.id, c.topic_slug AS topic, c.value_text, c.source_id
            FROM claims c WHERE c.event_id = @id ORDER BY c.topic_slug, c.id;

            SELECT c.source_id, src.title AS source_title, src.outlet, src.published_on,
                   c.quote, c.start_offset, c.length,
                   CASE WHEN c.event_id IS NOT NULL THEN 'event'
                        WHEN c.participant_id IS NOT NULL THEN 'participant'
                        WHEN c.schedule_id IS NOT NULL THEN 'schedule' END AS supports
            FROM citations c JOIN sources src ON src.id = c.source_id
            WHERE c.id = ANY (ARRAY(
                SELECT c.id FROM citations c WHERE c.event_id = @id
                UNION ALL
                SELECT c.id FROM event_participants p JOIN citations c ON c.participant_id = p.id WHERE p.event_id = @id
                UNION ALL
                SELECT c.id FROM event_schedules s JOIN citations c ON c.schedule_id = s.id WHERE s.event_id = @id))
            ORDER BY src.published_on NULLS LAST, c.source_id, c.start_offset, c.id;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<EventSummary>() is not { } summary) return null;
        return new EventDetail
        {
            Event = summary,
            Participants = (await results.ReadAsync<EventParticipant>()).AsList(),
            Schedules = (await results.ReadAsync<EventSchedule>()).AsList(),
            Stances = (await results.ReadAsync<EventStance>()).AsList(),
            Claims = (await results.ReadAsync<EventClaim>()).AsList(),
            Citations = (await results.ReadAsync<Citation>()).AsList(),
        };
    }
}
