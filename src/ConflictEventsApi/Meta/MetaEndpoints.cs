using System.Globalization;
using ConflictEventsApi.Caching;
using ConflictEventsApi.Http.Requests;

namespace ConflictEventsApi.Meta;

public static class MetaEndpoints
{
    public const string CitationTemplate = "ConflictEventsApi, dataset version {version}, {url}, accessed {accessedOn}";

    public static IEndpointRouteBuilder MapMeta(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("Meta").MapGet("/meta", GetMeta)
            .WithName("GetMeta")
            .WithSummary("Describe the dataset: version, counts and how to cite it")
            .WithDescription("The dataset version (a digest of every migration applied, names and checksums; ETags follow it), " +
                "the last migration's name, the number of sources, " +
                "actors, aliases, events, participants, stances, claims, claim topics and citations, and a citation " +
                "sentence with its parts.");
        return endpoints;
    }

    private static async Task<Ok<MetaResponse>> GetMeta(HttpContext http, MetaQueries meta,
        DatasetVersion datasetVersion, TimeProvider time, CancellationToken cancellationToken)
    {
        // The version is the one the ETag middleware already read (kept for a few seconds), not a second query.
        var version = await datasetVersion.GetAsync(cancellationToken);
        var counts = await meta.CountsAsync(cancellationToken);
        var lastMigration = await meta.LastMigrationAsync(cancellationToken);
        var request = http.Request;
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}/meta";
        var accessedOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var accessed = accessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TypedResults.Ok(new MetaResponse
        {
            DatasetVersion = version,
            LastMigration = lastMigration,
            Counts = counts,
            Citation = new CitationGuide
            {
                Template = CitationTemplate,
                Text = CitationTemplate.Replace("{version}", version, StringComparison.Ordinal)
                    .Replace("{url}", url, StringComparison.Ordinal)
                    .Replace("{accessedOn}", accessed, StringComparison.Ordinal),
                Version = version,
                AccessedOn = accessedOn,
                Url = url,
            },
        });
    }
}
