using System.Globalization;
using ConflictEventsApi.Actors;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;
using ConflictEventsApi.Vocabulary;
using Npgsql;

namespace ConflictEventsApi.Stances;

public static class StanceEndpoints
{
    private const string ListName = "ListStances";

    public static readonly IReadOnlyList<QueryParameter> ListParameters =
    [
        new("actor", QueryParameterType.Text,
            "Only stances taken by this actor (id, name or alias; case- and accent-insensitive). An alias naming several actors is a 400 listing them.")
            { Example = "turkey" },
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
            .Produces<PageResponse<StanceItem>>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: ResponseFormats.Csv)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ListStances(ParsedQuery query, HttpContext http, StanceQueries stances,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var from = query.Date("from");
        var to = query.Date("to");
        if (from > to) query.AddError("to", "'to' must not be before 'from'.");
        var after = ReadCursor(query, ListName);
        string[] actorIds = [];
        if (query.Text("actor") is { } actor)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            actorIds = await ActorReference.ResolveAsync(connection, actor, cancellationToken);
            if (ActorReference.Problem(actor, actorIds) is { } problem) query.AddError("actor", problem);
        }
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        var polarity = query.Text("polarity") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : (int?)null;
        var filter = new StanceFilter(actorIds, query.List("event"), query.List("track"), query.List("kind"), polarity,
            from, to, query.Text("speaker"));
        var format = ResponseFormats.Negotiate(http.Request, query);
        if (PageSize(query, format, after) is not { } limit)
            return new CsvResult<StanceItem>(stances.StreamAsync(filter, cancellationToken), StanceCsv.Columns);
        var (rows, total) = await stances.ListAsync(filter, after, limit,
            query.Boolean("includeTotal") && format == ResponseFormat.Json, cancellationToken);
        return Page(http, query, ListName, format, rows, limit, total);
    }

    internal static StanceKey? ReadCursor(ParsedQuery query, string scope) =>
        DateKeyset.ReadCursor(query, scope) is { } key ? new StanceKey(key.SortDate, key.Id) : null;

    /// <summary>The page size; null for a CSV export of every row (asked for without limit or cursor).</summary>
    internal static int? PageSize(ParsedQuery query, ResponseFormat format, StanceKey? after) =>
        format == ResponseFormat.Csv && query.Text(QueryParameters.Limit.Name) is null && after is null
            ? null
            : query.Integer(QueryParameters.Limit.Name);

    /// <summary>The rows as a JSON page or CSV, with the cursor of the next page when more follow.</summary>
    internal static IResult Page(HttpContext http, ParsedQuery query, string scope, ResponseFormat format,
        IReadOnlyList<StanceItem> rows, int limit, long? total)
    {
        var (items, next) = Paging.Cut(rows, limit, query, scope,
            row => DateKeyset.CursorKey(StanceQueries.SortKeyOf(row), row.Id));
        return format == ResponseFormat.Csv
            ? new CsvResult<StanceItem>(items.ToAsyncEnumerable(), StanceCsv.Columns,
                next is null ? null : Paging.NextPageUrl(http.Request, next))
            : TypedResults.Ok(new PageResponse<StanceItem> { Items = items, NextCursor = next, Total = total });
    }
}
