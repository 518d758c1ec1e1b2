using ConflictEventsApi.Data;
using System.Text;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Stats;

/// <summary>The dimension GET /stats/stances counts by.</summary>
public enum StanceGrouping { Track, Actor, Kind, Polarity }

/// <summary>The filters of GET /stats/stances, already validated.</summary>
public sealed record StanceStatsFilter(string[] Tracks, string[] Kinds, int? Polarity, DateOnly? From, DateOnly? To)
{
    /// <summary>An actor with its organs (the monthly tallies have no actor, so this reads the daily ones).</summary>
    public string[] ActorIds { get; init; } = [];
}

public sealed class StatsQueries(NpgsqlDataSource dataSource) : IDisposable
{
    /// <summary>
    /// How many statistics computed per request (filtered, or by day or week, and the event series)
    /// may read the tallies at once. Each can take a second at 1M events; 64 at once held all 8 pooled connections, and the
    /// requests behind them, answered from kept data or not, timed out waiting for one (503). Beyond
    /// these, they wait here for their turn, and the pool stays free for everything else.
    /// </summary>
    private const int ComputedAtOnce = 2;

    private readonly SemaphoreSlim _computing = new(ComputedAtOnce);

    public void Dispose() => _computing.Dispose();

    /// <summary>
    /// Stance counts per group, summed from the stance tallies (0201 and 0202 in db/migrations):
    /// counts per track set, kind, polarity and day (with the actor) or month (without), refreshed
    /// with every migration, so the answer is exact without reading every stance per request. A
    /// stance's tracks are its target track and its target event's track: a stance toward an event
    /// of one track that also names another track counts under both. With a bucket (day, week or
    /// month, validated before it gets here) the rows are per period of stated_on (never null) as
    /// well; without a grouping (bucket only) a row is a whole period.
    /// </summary>
    public async Task<IReadOnlyList<StanceCount>> StancesAsync(StanceGrouping? groupBy, string? bucket, StanceStatsFilter filter,
        StanceCountKey? after, int? limit, CancellationToken cancellationToken)
    {
        if (bucket is null or "month" && (groupBy is not null || bucket is not null) && filter.Kinds.Length == 0 && filter.Polarity is null
            && filter.From is null && filter.To is null && filter.ActorIds.Length == 0)
            return await TotalsAsync(groupBy, bucket is not null, filter.Tracks, after, limit, cancellationToken);

        // Filtered or bucketed by day or week, every group is counted, then cut into the page here.
        IReadOnlyList<StanceCount> all;
        await _computing.WaitAsync(cancellationToken);
        try
        {
            all = await CountAsync(groupBy, bucket, filter, cancellationToken);
        }
        finally
        {
            _computing.Release();
        }
        var rest = after is null ? all : all.Where(after.Precedes);
        return (limit is { } take ? rest.Take(take + 1) : rest).ToList();
    }

    private async Task<IReadOnlyList<StanceCount>> CountAsync(StanceGrouping? groupBy, string? bucket, StanceStatsFilter filter,
        CancellationToken cancellationToken)
    {
        // The filters of GET /stances (the tallies keep their column names). By actor, or by day or
        // week, the daily tallies take the stated-on range as it is; otherwise WithoutActor splits it
        // into months and days (whole months are whole month buckets too).
        var daily = groupBy == StanceGrouping.Actor || bucket is "day" or "week" || filter.ActorIds.Length > 0;
        var (where, parameters) = StanceFilterSql.Where(new StanceFilter(filter.ActorIds, [], [], filter.Kinds, filter.Polarity,
            daily ? filter.From : null, daily ? filter.To : null, SpeakerId: null));

        var (key, label, join) = groupBy switch
        {
            StanceGrouping.Track => ("g.track", "coalesce(t.name, 'No track')",
                "LEFT JOIN LATERAL unnest(s.tracks) AS g(track) ON TRUE LEFT JOIN tracks t ON t.slug = g.track"),
            StanceGrouping.Actor => ("s.actor_id", "a.name", "JOIN actors a ON a.id = s.actor_id"),
            StanceGrouping.Kind => ("s.kind", "s.kind", ""),
            StanceGrouping.Polarity => ("s.polarity::text", "CASE s.polarity WHEN 1 THEN 'for' WHEN -1 THEN 'against' ELSE 'neutral' END", ""),
            _ => ("NULL::text", "'all stances'", ""),
        };
        var source = daily
            ? $"(SELECT * FROM stance_tallies s WHERE {where}) s"
            : $"({WithoutActor(where, StatedRange.Split(filter.From, filter.To), parameters)}) s";
        // Grouped and ordered by position: the period when bucketed, then the key and the label.
        var (period, groupColumns, keyColumn) = ("", "1, 2", "1");
        if (bucket is not null)
        {
            source = $"(SELECT s.*, date_trunc(@bucket, s.stated_on::timestamp)::date AS period FROM {source} WHERE s.stated_on IS NOT NULL) s";
            (period, groupColumns, keyColumn) = ("s.period, ", "1, 2, 3", "2");
            parameters.Add("bucket", bucket);
        }
        // By track, the rows are first summed per track set and polarity (a few hundred), so each
        // track set is unnested once rather than once per row.
        if (groupBy == StanceGrouping.Track)
            source = $"(SELECT {period}s.tracks, s.polarity, sum(s.stances) AS stances FROM {source} GROUP BY {period}s.tracks, s.polarity) s";
        var outer = "TRUE";
        if (filter.Tracks.Length > 0)
        {
            // Grouped by track, a track filter keeps only the rows of those tracks.
            outer = groupBy == StanceGrouping.Track ? "g.track = ANY(@tracks)" : "s.tracks && @tracks";
            parameters.Add("tracks", filter.Tracks);
        }

        var sql = $"""
            SELECT {period}{key} AS key, {label} AS label, sum(s.stances) AS count
            FROM {source} {join}
            WHERE {outer}
            GROUP BY {groupColumns}
            ORDER BY {period}sum(s.stances) DESC, {keyColumn} NULLS LAST;

            {PositionsSql(groupBy, bucket is not null, filter, parameters)}
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<StanceCount>()).AsList();
        var positions = (await results.ReadAsync<PositionCount>()).ToDictionary(row => (row.Period, row.Key));
        return rows.Select(row => positions.TryGetValue((row.Period, row.Key), out var count)
            ? row with { For = count.For, Against = count.Against, Neutral = count.Neutral, Mixed = count.Mixed }
            : row).ToList();
    }

    /// <summary>
    /// The answer to the questions a dashboard asks most, every stance of every track or of some
    /// tracks by one grouping, unbucketed or per month, read as it was computed with the dataset
    /// (stance_group_totals, 1009; stance_month_totals, 1010): one row per (month and) group, or per
    /// (month,) group and track when tracks are asked for (summed here when several are).
    /// </summary>
    private async Task<IReadOnlyList<StanceCount>> TotalsAsync(StanceGrouping? groupBy, bool monthly, string[] tracks,
        StanceCountKey? after, int? limit, CancellationToken cancellationToken)
    {
        var (groupName, label, join) = groupBy switch
        {
            StanceGrouping.Track => ("track", "coalesce(tr.name, 'No track')", "LEFT JOIN tracks tr ON tr.slug = g.key"),
            StanceGrouping.Actor => ("actor", "a.name", "JOIN actors a ON a.id = g.key"),
            StanceGrouping.Kind => ("kind", "g.key", ""),
            StanceGrouping.Polarity => ("polarity", "CASE g.key WHEN '1' THEN 'for' WHEN '-1' THEN 'against' ELSE 'neutral' END", ""),
            _ => ("none", "'all stances'", ""),
        };
        // Every track's own rows, grouped by track; the rows over every stance otherwise. The stances
        // of several tracks add up (a stance has one track at most), and so do their positions; one
        // scope is read in the index's order, a page at a time.
        var scope = tracks.Length switch
        {
            // One track is an equality, so the index yields its rows in order.
            1 => "NOT t.every_track AND t.track = @track",
            > 1 => "NOT t.every_track AND t.track = ANY(@tracks)",
            _ => groupBy == StanceGrouping.Track ? "NOT t.every_track" : "t.every_track",
        };
        var (table, period) = monthly ? ("stance_month_totals", "t.period") : ("stance_group_totals", "NULL::date");
        var rows = tracks.Length > 1
            ? $"""
              SELECT {period} AS period, t.key, sum(t.stances)::bigint AS stances, sum(t."for")::bigint AS "for",
                     sum(t.against)::bigint AS against, sum(t.neutral)::bigint AS neutral, sum(t.mixed)::bigint AS mixed
              FROM {table} t WHERE t.group_by = @groupName AND {scope} GROUP BY 1, 2
              """
            : $"SELECT {period} AS period, t.key, t.stances, t.\"for\", t.against, t.neutral, t.mixed FROM {table} t WHERE t.group_by = @groupName AND {scope}";
        // After (period, count, key): a later period, or the same one and a smaller count, or the same
        // count and a later key (null keys last).
        var keyset = after is null ? "TRUE" : """
            (g.period > @afterPeriod OR (g.period IS NOT DISTINCT FROM @afterPeriod::date
             AND (g.stances < @afterCount OR (g.stances = @afterCount AND @afterKey::text IS NOT NULL AND (g.key > @afterKey OR g.key IS NULL)))))
            """;
        var sql = $"""
            SELECT g.period, g.key, {label} AS label, g.stances AS count, g."for", g.against, g.neutral, g.mixed
            FROM ({rows}) g
            {join}
            WHERE {keyset}
            ORDER BY g.period, g.stances DESC, g.key NULLS LAST
            LIMIT @take;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<StanceCount>(new CommandDefinition(sql,
            new { groupName, tracks, track = tracks.FirstOrDefault(), afterPeriod = after?.Period, afterCount = after?.Count,
                  afterKey = after?.Key, take = limit + 1 },
            cancellationToken: cancellationToken))).AsList();
    }

    private sealed record PositionCount
    {
        public DateOnly? Period { get; init; }
        public string? Key { get; init; }
        public long For { get; init; }
        public long Against { get; init; }
        public long Neutral { get; init; }
        public long Mixed { get; init; }
    }

    /// <summary>
    /// Actors counted by their position toward each track (the position rule, position_of in 1008_schema_rules_once.sql),
    /// for the filtered or bucketed counts (the unfiltered ones are kept with the dataset: TotalsAsync), from the daily tallies of the stances the filters select: per (period,) track and actor the
    /// latest stances toward the track or its events decide; stances toward another actor or its
    /// participation never count. Grouped by kind or polarity, a position counts under the kind or
    /// polarity of each stance that decides it. Kinds, polarity, tracks and bucket are the parameters StancesAsync bound.
    /// </summary>
    private static string PositionsSql(StanceGrouping? groupBy, bool bucketed, StanceStatsFilter filter, DynamicParameters parameters)
    {
        var key = groupBy switch
        {
            StanceGrouping.Track => "d.track",
            StanceGrouping.Actor => "d.actor_id",
            StanceGrouping.Kind => "d.kind",
            StanceGrouping.Polarity => "d.polarity::text",
            _ => "NULL::text",
        };
        var period = bucketed ? "date_trunc(@bucket, s.stated_on::timestamp)::date" : "NULL::date";
        var clauses = new List<string> { "s.target_type IN ('event', 'track')" };
        if (filter.Kinds.Length > 0) clauses.Add("s.kind = ANY(@kinds)");
        if (filter.ActorIds.Length > 0) clauses.Add("s.actor_id = ANY(@positionActorIds)");
        if (filter.Polarity is not null) clauses.Add("s.polarity = @polarity");
        parameters.Add("positionActorIds", filter.ActorIds);
        // The stance counts may split the range into months and days; positions read whole days.
        if (filter.From is { } from)
        {
            clauses.Add("s.stated_on >= @positionsFrom");
            parameters.Add("positionsFrom", from);
        }
        if (filter.To is { } to)
        {
            clauses.Add("s.stated_on <= @positionsTo");
            parameters.Add("positionsTo", to);
        }
        if (filter.Tracks.Length > 0) clauses.Add("g.track = ANY(@tracks)");
        return $"""
            WITH toward AS (
                SELECT {period} AS period, g.track, s.actor_id::text AS actor_id, s.kind, s.polarity, s.stated_on
                FROM stance_tallies s CROSS JOIN LATERAL unnest(s.tracks) AS g(track)
                WHERE {string.Join(" AND ", clauses)}),
            latest AS (
                SELECT t.*, max(t.stated_on) OVER holder AS last_on
                FROM toward t
                WINDOW holder AS (PARTITION BY t.period, t.track, t.actor_id)),
            deciding AS (
                SELECT l.*, min(l.polarity) OVER holder AS low, max(l.polarity) OVER holder AS high
                FROM latest l WHERE l.stated_on = l.last_on
                WINDOW holder AS (PARTITION BY l.period, l.track, l.actor_id)),
            d AS (
                SELECT d.*, position_of(d.low, d.high) AS position
                FROM deciding d)
            SELECT d.period, {key} AS key,
                   count(DISTINCT d.track || ' ' || d.actor_id) FILTER (WHERE d.position = 'for') AS "for",
                   count(DISTINCT d.track || ' ' || d.actor_id) FILTER (WHERE d.position = 'against') AS against,
                   count(DISTINCT d.track || ' ' || d.actor_id) FILTER (WHERE d.position = 'neutral') AS neutral,
                   count(DISTINCT d.track || ' ' || d.actor_id) FILTER (WHERE d.position = 'mixed') AS mixed
            FROM d GROUP BY 1, 2
            """;
    }

    /// <summary>
    /// Tallies without the actor over a stated-on range: whole months from stance_tallies_by_month,
    /// the days at either end from stance_tallies (by its stated_on index).
    /// </summary>
    private static string WithoutActor(string where, StatedRange range, DynamicParameters parameters)
    {
        // A month's tally stands at its first day, so a month bucket of it is that month.
        const string Columns = "s.tracks, s.kind, s.polarity, s.stances";
        var parts = new List<string>();
        if (range.HasWholeMonths)
        {
            var months = new StringBuilder($"SELECT {Columns}, s.month AS stated_on FROM stance_tallies_by_month s WHERE {where}");
            if (range.MonthsFrom is { } monthsFrom)
            {
                months.Append(" AND s.month >= @monthsFrom");
                parameters.Add("monthsFrom", monthsFrom);
            }
            if (range.MonthsUntil is { } monthsUntil)
            {
                months.Append(" AND s.month < @monthsUntil");
                parameters.Add("monthsUntil", monthsUntil);
            }
            parts.Add(months.ToString());
        }
        for (var i = 0; i < range.Days.Count; i++)
        {
            parts.Add($"SELECT {Columns}, s.stated_on FROM stance_tallies s WHERE {where} AND s.stated_on BETWEEN @dayFrom{i} AND @dayTo{i}");
            parameters.Add($"dayFrom{i}", range.Days[i].From);
            parameters.Add($"dayTo{i}", range.Days[i].To);
        }
        // Never empty: a range without whole months has its days.
        return string.Join(" UNION ALL ", parts);
    }

    /// <summary>
    /// The periods and tracks with events starting between from and to (either open), and every
    /// track a zero-filled series shows: the tracks asked for (all when none), and "no track" when
    /// no track is asked for and some dated event has none. Bucket is day, week or month
    /// (validated before it gets here).
    /// </summary>
    public async Task<(IReadOnlyList<EventCount> Counts, IReadOnlyList<string?> Tracks)> EventsAsync(
        string bucket, string[] tracks, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        // Counted from the event tallies kept with the dataset (1009): by month, whole months from
        // the monthly ones and the days at either end from the daily ones; by day or week (a week
        // can straddle two months), days only.
        var parameters = new DynamicParameters(new { bucket, tracks, from, to });
        var source = bucket == "month"
            ? EventTallies(StatedRange.Split(from, to), parameters)
            : "SELECT t.track, t.start_date AS day, t.events FROM event_tallies t WHERE (@from::date IS NULL OR t.start_date >= @from) AND (@to::date IS NULL OR t.start_date <= @to)";
        var trackClause = tracks.Length > 0 ? "WHERE s.track = ANY(@tracks)" : "";
        var sql = $"""
            SELECT date_trunc(@bucket, s.day::timestamp)::date AS period, s.track, sum(s.events)::bigint AS count
            FROM ({source}) s {trackClause}
            GROUP BY 1, 2
            ORDER BY 1, 2 NULLS LAST;

            SELECT t.slug FROM tracks t WHERE cardinality(@tracks) = 0 OR t.slug = ANY(@tracks)
            UNION ALL
            SELECT NULL WHERE cardinality(@tracks) = 0
                          AND EXISTS (SELECT 1 FROM event_tallies_by_month t WHERE t.track IS NULL)
            ORDER BY 1 NULLS LAST;
            """;
        // A whole series is tens of thousands of rows (every track over decades): it takes its turn
        // with the statistics computed per request, so 64 of them at once cannot hold every pooled connection.
        await _computing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(
                new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
            var counts = (await results.ReadAsync<EventCount>()).AsList();
            var series = (await results.ReadAsync<string?>()).AsList();
            return (counts, series);
        }
        finally
        {
            _computing.Release();
        }
    }

    /// <summary>Event tallies over a start-date range: whole months from event_tallies_by_month, the days at either end from event_tallies.</summary>
    private static string EventTallies(StatedRange range, DynamicParameters parameters)
    {
        var parts = new List<string>();
        if (range.HasWholeMonths)
        {
            parts.Add("SELECT t.track, t.month AS day, t.events FROM event_tallies_by_month t " +
                "WHERE (@monthsFrom::date IS NULL OR t.month >= @monthsFrom) AND (@monthsUntil::date IS NULL OR t.month < @monthsUntil)");
            parameters.Add("monthsFrom", range.MonthsFrom);
            parameters.Add("monthsUntil", range.MonthsUntil);
        }
        for (var i = 0; i < range.Days.Count; i++)
        {
            parts.Add($"SELECT t.track, t.start_date AS day, t.events FROM event_tallies t WHERE t.start_date BETWEEN @dayFrom{i} AND @dayTo{i}");
            parameters.Add($"dayFrom{i}", range.Days[i].From);
            parameters.Add($"dayTo{i}", range.Days[i].To);
        }
        return string.Join(" UNION ALL ", parts);
    }
}
