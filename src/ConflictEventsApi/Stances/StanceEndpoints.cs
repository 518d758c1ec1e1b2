using System.Globalization;
using ConflictEventsApi.Actors;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;
using ConflictEventsApi.Vocabulary;
using Npgsql;

namespace ConflictEventsApi.Stances;

public static class StanceEndpoints
{
    private const string ListName = "ListStances";

    // Declared before the lists that use it: static fields initialise in order.
    public static readonly QueryParameter Exact = new("exact", QueryParameterType.Boolean,
        "true: the actor alone, without its organs, spokespeople and the stances it spoke for another. Default false.")
    { Example = "false" };

    public static readonly IReadOnlyList<QueryParameter> ListParameters =
    [
        new("actor", QueryParameterType.Text,
            "Only stances of this actor (id, name or alias; case- and accent-insensitive): taken by it, by its organs and " +
            "spokespeople (part-of, spokesperson-for, leader-of, official-of, however deep: france finds its Foreign Ministry's " +
            "refusal), or spoken by any of them. exact=true keeps the actor's own stances only. An alias naming several actors is a 400 listing them.")
            { Example = "france" },
        Exact,
        new("event", QueryParameterType.List, "Only stances toward these events (event ids, comma-separated).")
            { Example = "congress-of-syrian-national-dialogue" },
        new("track", QueryParameterType.List,
            "Only stances toward these tracks, or toward an event of these tracks (comma-separated, case-insensitive).")
            { Example = "sochi" },
        new("kind", QueryParameterType.List, "Only stances of these kinds.") { AllowedValues = Vocabularies.StanceKinds },
        new("polarity", QueryParameterType.Choice, "Only stances of this polarity: -1 against, 0 neutral or undecided, 1 for.")
            { AllowedValues = ["-1", "0", "1"], Example = "-1" },
        QueryParameters.From("stances stated"),
        QueryParameters.To("stances stated"),
        new("speaker", QueryParameterType.Text, "Only stances stated by this speaker (actor id of the person who said it).")
            { Example = "ahmed-ramadan" },
        new("targetActor", QueryParameterType.List,
            "Only stances toward these actors or their participation (actor ids, comma-separated).")
            { Example = "pyd" },
        new("targetType", QueryParameterType.List,
            "Only stances toward this kind of target: event, track, actor, or participation (an actor's participation in an event).")
            { AllowedValues = ["event", "track", "actor", "participation"], Example = "participation" },
        new("source", QueryParameterType.Text, "Only stances cited from this source (article id, from GET /sources).")
            { Example = "rferl-2018-01-29-sochi-conference-opens-despite-boycott" },
        new("q", QueryParameterType.Text,
            "Full-text search (PostgreSQL websearch syntax, English stemming) over the stances' summaries and every quote citing them.")
            { Example = "joke in bad taste" },
        .. QueryParameters.Paging,
        QueryParameters.Format,
    ];

    public static IEndpointRouteBuilder MapStances(this IEndpointRouteBuilder endpoints)
    {
        var stances = endpoints.MapGroup("/stances").WithTags("Stances");

        stances.MapGet("/", ListStances)
            .WithName(ListName)
            .WithSummary("List stances")
            .WithDescription("Positions actors took (supports, will-attend, boycotts, rejects, ...) toward events, tracks or other " +
                "actors' participation, filtered by actor, target event, track, kind, polarity, speaker and date stated, in date " +
                "order (undated last) with keyset paging. Each item carries its CAMEO code and the first quote supporting it. " +
                "JSON by default; CSV with format=csv or Accept: text/csv (all matching rows when no limit is given).")
            .Accepts(ListParameters)
            .ProducesList<StanceItem>(StanceCsv.Columns.Select(c => c.Header), csvPages: true)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        stances.MapGet("/{id}", GetStance)
            .WithName("GetStance")
            .WithSummary("Get one stance with every quote supporting it")
            .WithDescription("The stance, in the item shape of GET /stances, and every citation of it from every source, " +
                "earliest source first, each with its outlet, date and offsets in the source text.")
            .Accepts([])
            .Produces<StanceDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ListStances(ParsedQuery query, HttpContext http, StanceQueries stances,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var (from, to) = query.DateRange();
        var list = ListRequest.Read(query, http.Request, ListName, keyCount: 2);
        var after = AfterKey(query, list);
        var exact = query.Boolean(Exact.Name);
        string[] actorIds = [];
        var includeSpoken = false;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            if (query.Text("actor") is { } actor)
            {
                actorIds = await ActorReference.ResolveForFilterAsync(connection, query, "actor", actor, exact, cancellationToken);
                includeSpoken = !exact && await ActorRollup.AnySpeaksAsync(connection, actorIds, cancellationToken);
            }
            await KnownIds.CheckAsync(connection, query, "event", IdKind.Event, query.List("event"), cancellationToken);
            await KnownIds.CheckAsync(connection, query, "track", IdKind.Track, query.List("track"), cancellationToken);
            await KnownIds.CheckAsync(connection, query, "targetActor", IdKind.Actor, query.List("targetActor"), cancellationToken);
            await KnownIds.CheckAsync(connection, query, "speaker", IdKind.Actor, query.Text("speaker") is { } speaker ? [speaker] : [], cancellationToken);
            await KnownIds.CheckAsync(connection, query, "source", IdKind.Source, query.Text("source") is { } source ? [source] : [], cancellationToken);
        }
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        var polarity = query.Text("polarity") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : (int?)null;
        var filter = new StanceFilter(actorIds, query.List("event"), query.List("track"), query.List("kind"), polarity,
            from, to, query.Text("speaker"))
        {
            IncludeSpoken = includeSpoken,
            Text = query.Text("q"),
            SourceId = query.Text("source"),
            TargetActorIds = query.List("targetActor"),
            TargetTypes = query.List("targetType"),
        };
        if (list.IsExport) return new CsvResult<StanceItem>(stances.StreamAsync(filter, cancellationToken), StanceCsv.Columns);
        var (rows, total) = await stances.ListAsync(filter, after, list.Limit!.Value, list.IncludeTotal, cancellationToken);
        return Page(http, query, list, rows, total);
    }

    private static async Task<IResult> GetStance(
        [System.ComponentModel.Description("Stance id (slug), e.g. turkey-opposes-pyd-participation.")] string id,
        ParsedQuery query, HttpContext http, StanceQueries stances, CancellationToken cancellationToken) =>
        await stances.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "stance", id);

    /// <summary>The stance after which the requested page starts, from the cursor's key.</summary>
    internal static StanceKey? AfterKey(ParsedQuery query, ListRequest list) =>
        DateKeyset.Parse(query, list.CursorKey) is { } key ? new StanceKey(key.SortDate, key.Id) : null;

    /// <summary>A page of stances in any format, with the cursor of the next page when more follow.</summary>
    internal static IResult Page(HttpContext http, ParsedQuery query, ListRequest list, IReadOnlyList<StanceItem> rows, long? total) =>
        list.Respond(http, query, rows, total, row => DateKeyset.CursorKey(StanceQueries.SortKeyOf(row), row.Id), StanceCsv.Columns);
}
