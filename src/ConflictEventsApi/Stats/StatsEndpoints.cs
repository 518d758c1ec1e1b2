using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;

namespace ConflictEventsApi.Stats;

public static class StatsEndpoints
{
    private const string StanceText = "Flat rows for dashboards: each group's key and label, the number of stances (count), and how many " +
                "actor positions toward a track the group holds: for, against, neutral, mixed, counted as GET /tracks/{id}/positions " +
                "counts them (each actor once per track, its latest stances deciding; stances toward another actor or another actor's " +
                "participation count as stances but never decide a position). Largest first (ties by key), with keyset paging. " +
                "With bucket=day, week or month, rows are per period of the date the stance was stated (stated_on) and group, " +
                "ordered by period, and carry period (the period's first day: a week from Monday, a month from its 1st); groupBy " +
                "may then be left out for one row per period (key null, label \"all stances\"). Stances without a stated date " +
                "form no period, so bucketed counts can sum to less than the unbucketed ones; periods without stances are absent. " +
                "Example: bucket=month&groupBy=polarity gives rows such as {\"period\":\"2017-12-01\",\"key\":\"-1\"," +
                "\"label\":\"against\",...}.";

    private const string EventText = "Flat rows for time series: the first day of each period, the track, and how many events start " +
                "in it. The series is zero-filled: every period from the one holding from to the one holding to (without them, " +
                "from the first to the last matching event's start) appears once per track, with count 0 where no event " +
                "starts; the tracks are those asked for with track (every track when none, plus track null when some dated " +
                "event has no track). Only events starting between from and to are counted, so the first and last periods " +
                "may be partial. At most " + Buckets.MaxPeriodsText + " periods: a longer series (e.g. bucket=day over 200 years) is a " +
                "400 naming bucket; narrow from/to or use a coarser bucket. Events without a start date are left out. Example: " +
                "bucket=month&track=sochi&from=2017-10-01&to=2018-01-31 gives 2017-10-01: 2, 2017-11-01: 1, 2017-12-01: 4, 2018-01-01: 5. Not paged. " +
                "";

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder endpoints)
    {
        var stats = endpoints.MapApiGroup("Stats");

        stats.MapListAndCsv("/stats/stances", StanceStats, ExportStanceStats, "StanceStats",
            "Count stances by track, actor, kind or polarity, and per period", StanceText, StatsCsv.BucketedStanceColumns,
            paged: true, csvNote: "with bucket, a period column comes first");

        stats.MapListAndCsv("/stats/events", EventStats, ExportEventStats, "EventStats", "Count dated events per period and track",
            EventText, StatsCsv.EventColumns);
        return endpoints;
    }

    private static async Task<Ok<PageResponse<StanceCount>>> StanceStats([AsParameters] StanceStatsRequest request, StatsQueries stats,
        CancellationToken cancellationToken) =>
        request.Page.Json(await request.CountAsync(stats, cancellationToken), null, KeyOf);

    private static async Task<CsvFile<StanceCount>> ExportStanceStats([AsParameters] StanceStatsRequest request, StatsQueries stats,
        CancellationToken cancellationToken)
    {
        var rows = await request.CountAsync(stats, cancellationToken);
        var columns = request.Bucket is null ? StatsCsv.StanceColumns : StatsCsv.BucketedStanceColumns;
        return request.Page.IsExport ? CsvFile.Of(rows, columns) : request.Page.Csv(request.Http.Request, rows, KeyOf, columns);
    }

    private static string[] KeyOf(StanceCount row) => StanceCountKey.Of(row).CursorKey;

    private static async Task<Results<Ok<PageResponse<EventCount>>, ValidationProblem>> EventStats([AsParameters] EventStatsRequest request,
        StatsQueries stats, CancellationToken cancellationToken) =>
        await SeriesAsync(request, stats, cancellationToken) is { } rows
            ? TypedResults.Ok(new PageResponse<EventCount> { Items = rows, NextCursor = null })
            : TooManyPeriods(request);

    private static async Task<Results<CsvFile<EventCount>, ValidationProblem>> ExportEventStats([AsParameters] EventStatsRequest request,
        StatsQueries stats, CancellationToken cancellationToken) =>
        await SeriesAsync(request, stats, cancellationToken) is { } rows ? CsvFile.Of(rows, StatsCsv.EventColumns) : TooManyPeriods(request);

    /// <summary>The zero-filled series; null when its open end, taken from the data, spans too many periods.</summary>
    private static async Task<IReadOnlyList<EventCount>?> SeriesAsync(EventStatsRequest request, StatsQueries stats, CancellationToken cancellationToken)
    {
        var (from, to) = (QueryValue.Date(request.From), QueryValue.Date(request.To));
        var (counts, tracks) = await stats.EventsAsync(request.Period, request.Track, from, to, cancellationToken);
        if ((from ?? (counts.Count > 0 ? counts[0].Period : null)) is not { } start || (to ?? (counts.Count > 0 ? counts[^1].Period : null)) is not { } end)
            return [];
        if (EventStatsRequest.TooMany(request.Period, start, end) is not null) return null;
        return ZeroFilled(request.Period, start, end, tracks, counts);
    }

    private static ValidationProblem TooManyPeriods(EventStatsRequest request) =>
        RequestValidation.Invalid(request.Http, "bucket", $"bucket={request.Period} gives more than {Buckets.MaxPeriods} periods " +
            "between the first and the last matching event. Narrow from/to or use a coarser bucket.");

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

/// <summary>The query of GET /stats/stances and its CSV.</summary>
public sealed record StanceStatsRequest : PagedRequest, IValidatedRequest
{
    [Description("Required unless bucket is given. What to count by: track (a stance's target track, or its target event's track), actor, kind or polarity. " +
        "Each row counts the group's stances (count) and the actors' positions toward a track among them (for, against, neutral, mixed; " +
        "by actor, the tracks that actor takes each position toward; by kind or polarity, the positions decided by a stance of that kind or polarity).")]
    [Vocabulary("StanceGroupBy"), Example("polarity")]
    public string? GroupBy { get; init; }

    [Description("Also count per period of the date each stance was stated: day, week (from Monday) or month. Rows then carry the period's first day.")]
    [Vocabulary("Period"), Example("month")]
    public string? Bucket { get; init; }

    [Description("Only stances toward these tracks or their events."), KnownIds("tracks"), Example("sochi")]
    public string[] Track { get; init; } = [];

    [Description("Only stances of this actor (id, name or alias) and its organs and spokespeople (part-of, spokesperson-for, leader-of, official-of); exact=true: the actor alone.")]
    [Example("france")]
    public string? Actor { get; init; }

    [Description(ActorReference.ExactDescription), DataType(QueryValueTypes.Boolean), Example("false")]
    public string? Exact { get; init; }

    [Description("Only stances of these kinds."), Vocabulary("StanceKind")]
    public string[] Kind { get; init; } = [];

    [Description("Only stances of this polarity: -1 against, 0 neutral or undecided, 1 for."), Vocabulary("Polarity")]
    public string? Polarity { get; init; }

    [Description("Only stances stated on or after this date (yyyy-MM-dd)."), DataType(QueryValueTypes.Date), Example("2017-12-01")]
    public string? From { get; init; }

    [Description("Only stances stated on or before this date (yyyy-MM-dd); not before from."), DataType(QueryValueTypes.Date), Example("2018-01-31")]
    public string? To { get; init; }

    public async ValueTask ValidateAsync(RequestValidationContext context)
    {
        if (GroupBy is null && Bucket is null)
            context.AddError("groupBy", "'groupBy' is required unless bucket is given; it accepts one of track, actor, kind, polarity.");
        context.Keep(new ResolvedActor(await context.ResolveActorAsync("actor", Actor, QueryValue.IsTrue(Exact))));
    }

    public Task<IReadOnlyList<StanceCount>> CountAsync(StatsQueries stats, CancellationToken cancellationToken)
    {
        StanceGrouping? groupBy = GroupBy switch
        {
            "track" => StanceGrouping.Track,
            "actor" => StanceGrouping.Actor,
            "kind" => StanceGrouping.Kind,
            "polarity" => StanceGrouping.Polarity,
            _ => null,
        };
        var filter = new StanceStatsFilter(Track, Kind, QueryValue.Integer(Polarity), QueryValue.Date(From), QueryValue.Date(To))
        {
            ActorIds = RequestValidationContext.Resolved<ResolvedActor>(Http).Ids,
        };
        return stats.StancesAsync(groupBy, Bucket, filter, StanceCountKey.Parse(Page.CursorKey), Page.Limit, cancellationToken);
    }

    public override bool AcceptsCursorKey(string[] key) => StanceCountKey.Parse(key) is not null;

    private sealed record ResolvedActor(string[] Ids);
}

/// <summary>The query of GET /stats/events and its CSV.</summary>
public sealed record EventStatsRequest : ApiRequest, IValidatedRequest
{
    [Description($"The period to count by: day, week (from Monday) or month (the default). At most {Buckets.MaxPeriodsText} periods per request.")]
    [Vocabulary("Period"), Example("month")]
    public string? Bucket { get; init; }

    [Description("Only events of these tracks."), KnownIds("tracks"), Example("sochi")]
    public string[] Track { get; init; } = [];

    [Description("Only events starting on or after this date (yyyy-MM-dd)."), DataType(QueryValueTypes.Date), Example("2017-12-01")]
    public string? From { get; init; }

    [Description("Only events starting on or before this date (yyyy-MM-dd); not before from."), DataType(QueryValueTypes.Date), Example("2018-01-31")]
    public string? To { get; init; }

    public string Period => Bucket ?? "month";

    public ValueTask ValidateAsync(RequestValidationContext context)
    {
        if (QueryValue.Date(From) is { } first && QueryValue.Date(To) is { } last && TooMany(Period, first, last) is { } problem)
            context.AddError("bucket", problem);
        return ValueTask.CompletedTask;
    }

    public static string? TooMany(string bucket, DateOnly first, DateOnly last) =>
        Buckets.Count(bucket, first, last) is var periods && periods > Buckets.MaxPeriods
            ? $"bucket={bucket} from {first:yyyy-MM-dd} to {last:yyyy-MM-dd} gives {periods} periods; " +
              $"at most {Buckets.MaxPeriods} are allowed. Narrow from/to or use a coarser bucket."
            : null;
}
