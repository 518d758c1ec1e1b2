using System.Reflection;
using ConflictEventsApi.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace ConflictEventsApi.Http;

/// <summary>
/// A CSV body as a typed result: the operation's 200 is documented as text/csv (its columns come
/// from <see cref="ResponseDocumentation.WithCsvColumns{T}"/>), so a CSV operation needs no
/// hand-written Produces.
/// </summary>
public sealed class CsvFile<T>(CsvResult<T> csv) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => csv.ExecuteAsync(httpContext);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "IEndpointMetadataProvider's static member.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ResponseFormats.Csv]));
}

public static class CsvFile
{
    /// <summary>Rows streamed as they arrive (an export of any size in constant memory).</summary>
    public static CsvFile<T> Of<T>(IAsyncEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns) => new(new CsvResult<T>(rows, columns));

    public static CsvFile<T> Of<T>(IReadOnlyList<T> rows, IReadOnlyList<CsvColumn<T>> columns) => Of(rows.ToAsyncEnumerable(), columns);
}

/// <summary>A GeoJSON body (application/geo+json) as a typed result, its schema in the document.</summary>
public sealed class GeoJson<T>(T value) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<T>
{
    public int? StatusCode => StatusCodes.Status200OK;

    public T? Value => value;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Json(value, AppJson.Of(httpContext), ResponseFormats.GeoJson).ExecuteAsync(httpContext);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "IEndpointMetadataProvider's static member.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [ResponseFormats.GeoJson]));
}
