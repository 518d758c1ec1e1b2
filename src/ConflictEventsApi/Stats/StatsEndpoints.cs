using System.Globalization;
using ConflictEventsApi.Actors;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;
using ConflictEventsApi.Vocabulary;

using Npgsql;

namespace ConflictEventsApi.Stats;

public static class StatsEndpoints
{
    public static readonly IReadOnlyList<QueryParameter> StanceParameters =
    [
        new("groupBy", QueryParameterType.Choice,
            "Required unless bucket is given. What to count by: track (a stance's target track, or its target event's track), actor, kind or polarity. " +
            "Each row counts the group's stances (count) and the actors' positions toward a track among them (for, against, neutral, mixed; " +
            "by actor, the tracks that actor takes each position toward; by kind or polarity, the positions decided by a stance of that kind or polarity).")
            { AllowedValues = ["track", "actor", "kind", "polarity"], Example = "polarity" },
        new("bucket", QueryParameterType.Choice,
            "Also count per period of the date each stance was stated: day, week (from Monday) or month. Rows then carry the period's first day; undated stances form no period.")
            { AllowedValues = ["day", "week", "month"], Example = "month" },
        new("track", QueryParameterType.List, "Only stances toward these tracks or their events (comma-separated).")
            { Example = "sochi" },
        new("actor", QueryParameterType.Text,
            "Only stances of this actor (id, name or alias) and its organs and spokespeople (part-of, spokesperson-for, leader-of, official-of); exact=true: the actor alone.")
            { Example = "france" },
        Stances.StanceEndpoints.Exact,
        new("kind", QueryParameterType.List, "Only stances of these kinds.") { AllowedValues = Vocabularies.StanceKinds },
        new("polarity", QueryParameterType.Choice, "Only stances of this polarity: -1 against, 0 neutral or undecided, 1 for.")
            { AllowedValues = ["-1", "0", "1"] },
        QueryParameters.From("stances stated"),
        QueryParameters.To("stances stated"),
        QueryParameters.Format,
    ];

    public static readonly IReadOnlyList<QueryParameter> EventParameters =
    [
        new("bucket", QueryParameterType.Choice,
            $"The period to count by: day, week (from Monday) or month (the default). At most {Buckets.MaxPeriods} periods per request.")
            { AllowedValues = ["day", "week", "month"], Example = "month" },
        new("track", QueryParameterType.List, "Only events of these tracks (comma-separated).") { Example = "sochi" },
        QueryParameters.From("events starting"),
        QueryParameters.To("events starting"),
        QueryParameters.Format,
    ];

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder endpoints)
    {
        var stats = endpoints.MapGroup("/stats").WithTags("Stats");

        stats.MapGet("/stances", StanceStats)
            .WithName("StanceStats")
            .WithSummary("Count stances by track, actor, kind or polarity, and per period")
            .WithDescription("Flat rows for dashboards: each group's key and label, the number of stances (count), and how many " +
                "actor positions toward a track the group holds: for, against, neutral, mixed, counted as GET /tracks/{id}/positions " +
                "counts them (each actor once per track, its latest stances deciding; stances toward another actor or another actor's " +
                "participation count as stances but never decide a position). Not paged: every group in one response, largest first. " +
                "With bucket=day, week or month, rows are per period of the date the stance was stated (stated_on) and group, " +
                "ordered by period, and carry period (the period's first day: a week from Monday, a month from its 1st); groupBy " +
                "may then be left out for one row per period (key null, label \"all stances\"). Stances without a stated date " +
                "form no period, so bucketed counts can sum to less than the unbucketed ones; periods without stances are absent. " +
                "Example: bucket=month&groupBy=polarity gives rows such as {\"period\":\"2017-12-01\",\"key\":\"-1\"," +
                "\"label\":\"against\",...}. CSV with format=csv or Accept: text/csv (with bucket, a period column comes first).")
            .Accepts(StanceParameters)
            .ProducesList<StanceCount>(StatsCsv.BucketedStanceColumns.Select(c => c.Header))
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        stats.MapGet("/events", EventStats)
            .WithName("EventStats")
            .WithSummary("Count dated events per period and track")
            .WithDescription("Flat rows for time series: the first day of each period, the track, and how many events start " +
                "in it. The series is zero-filled: every period from the one holding from to the one holding to (without them, " +
                "from the first to the last matching event's start) appears once per track, with count 0 where no event " +
                "starts; the tracks are those asked for with track (every track when none, plus track null when some dated " +
                "event has no track). Only events starting between from and to are counted, so the first and last periods " +
                $"may be partial. At most {Buckets.MaxPeriods} periods: a longer series (e.g. bucket=day over 200 years) is a " +
                "400 naming bucket; narrow from/to or use a coarser bucket. Events without a start date are left out. Example: " +
                "bucket=month&track=sochi&from=2017-10-01&to=2018-01-31 gives 2017-10-01: 2, 2017-11-01: 1, 2017-12-01: 4, 2018-01-01: 5. Not paged. " +
                "CSV with format=csv or Accept: text/csv.")
            .Accepts(EventParameters)
            .ProducesList<EventCount>(StatsCsv.EventColumns.Select(c => c.Header))
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> StanceStats(ParsedQuery query, HttpContext http, StatsQueries stats,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var groupByParameter = StanceParameters[0];
        var groupBy = query.Text("groupBy")?.ToLowerInvariant() switch
        {
            "track" => StanceGrouping.Track,
            "actor" => StanceGrouping.Actor,
            "kind" => StanceGrouping.Kind,
            "polarity" => StanceGrouping.Polarity,
            _ => (StanceGrouping?)null,
        };
        var bucket = query.Text("bucket")?.ToLowerInvariant();
        if (groupBy is null && bucket is null && query.Text("groupBy") is null)
            query.AddError("groupBy", $"'groupBy' is required unless bucket is given; it accepts {groupByParameter.Accepts}.");
        var (from, to) = query.DateRange();
        string[] actorIds = [];
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            if (query.Text("actor") is { } actor)
                actorIds = await ActorReference.ResolveForFilterAsync(connection, query, "actor", actor,
                    query.Boolean(Stances.StanceEndpoints.Exact.Name), cancellationToken);
            await KnownIds.CheckAsync(connection, query, "track", IdKind.Track, query.List("track"), cancellationToken);
        }
        if (!query.IsValid || (groupBy is null && bucket is null)) return ProblemResponses.InvalidQuery(http, query);

        int? polarity = query.Text("polarity") is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;
        var rows = await stats.StancesAsync(groupBy, bucket,
            new StanceStatsFilter(query.List("track"), query.List("kind"), polarity, from, to) { ActorIds = actorIds }, cancellationToken);
        return ResponseFormats.Negotiate(http.Request, query) == ResponseFormat.Csv
            ? new CsvResult<StanceCount>(rows.ToAsyncEnumerable(), bucket is null ? StatsCsv.StanceColumns : StatsCsv.BucketedStanceColumns)
            : TypedResults.Ok(new PageResponse<StanceCount> { Items = rows, NextCursor = null });
    }

    private static async Task<IResult> EventStats(ParsedQuery query, HttpContext http, StatsQueries stats,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await KnownIds.CheckAsync(dataSource, query, "track", IdKind.Track, query.List("track"), cancellationToken);
        var bucket = query.Text("bucket")?.ToLowerInvariant() ?? "month";
        var (from, to) = query.DateRange();
        if (from <= to && from is { } first && to is { } last) CheckPeriodCount(query, bucket, first, last);
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        var (counts, tracks) = await stats.EventsAsync(bucket, query.List("track"), from, to, cancellationToken);
        IReadOnlyList<EventCount> rows = [];
        if ((from ?? (counts.Count > 0 ? counts[0].Period : null)) is { } start && (to ?? (counts.Count > 0 ? counts[^1].Period : null)) is { } end)
        {
            // An open end taken from the data can still span too many periods.
            CheckPeriodCount(query, bucket, start, end);
            if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);
            rows = ZeroFilled(bucket, start, end, tracks, counts);
        }
        return ResponseFormats.Negotiate(http.Request, query) == ResponseFormat.Csv
            ? new CsvResult<EventCount>(rows.ToAsyncEnumerable(), StatsCsv.EventColumns)
            : TypedResults.Ok(new PageResponse<EventCount> { Items = rows, NextCursor = null });
    }

    private static void CheckPeriodCount(ParsedQuery query, string bucket, DateOnly first, DateOnly last)
    {
        var periods = Buckets.Count(bucket, first, last);
        if (periods > Buckets.MaxPeriods)
            query.AddError("bucket", $"bucket={bucket} from {first:yyyy-MM-dd} to {last:yyyy-MM-dd} gives {periods} periods; " +
                $"at most {Buckets.MaxPeriods} are allowed. Narrow from/to or use a coarser bucket.");
    }

    // Every period from start's to end's, once per track, in order; 0 where no event starts.
    private static List<EventCount> ZeroFilled(string bucket, DateOnly start, DateOnly end, IReadOnlyList<string?> tracks,
        IReadOnlyList<EventCount> counts)
    {
        var known = counts.ToDictionary(row => (row.Period, row.Track ?? ""), row => row.Count);
        var rows = new List<EventCount>();
        for (DateOnly? period = Buckets.Start(bucket, start); period <= end; period = Buckets.Next(bucket, period.Value))
            foreach (var track in tracks)
                rows.Add(new EventCount
                {
                    Period = period.Value, Track = track, Count = known.GetValueOrDefault((period.Value, track ?? "")),
                });
        return rows;
    }
}
