using Microsoft.AspNetCore.Http.Features;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ConflictEventsApi.Http.Queries;

namespace ConflictEventsApi.Http.Requests;

/// <summary>
/// The query of one operation, bound with <c>[AsParameters]</c>: each public settable property is a
/// query parameter, declared once with its description, type and limits (the attributes below and
/// <see cref="System.ComponentModel.DataAnnotations"/>'s). <see cref="RequestValidation"/> checks a
/// request against them, and against the database (<see cref="KnownIdsAttribute"/>,
/// <see cref="IValidatedRequest.ValidateAsync"/>), before the handler runs: an invalid request
/// never reaches it. Values are strings so binding cannot fail before validation names the
/// parameter; lists arrive split, trimmed, lower-cased and de-duplicated, texts trimmed.
/// </summary>
public abstract record ApiRequest
{
    /// <summary>The request (bound by the framework, not from the query).</summary>
    public HttpContext Http { get; init; } = null!;
}

/// <summary>A list with keyset paging: limit, cursor and includeTotal.</summary>
public abstract record PagedRequest : ApiRequest
{
    [Description("Items per page, from 1 to 500 (default 50).")]
    [Range(1, QueryParameters.MaxLimit), DefaultValue(QueryParameters.DefaultLimit), Example("50")]
    public string? Limit { get; init; }

    [Description("The nextCursor of the previous page, unchanged. A cursor is bound to the filters it was issued for.")]
    [MaxLength(1000)]
    public string? Cursor { get; init; }

    /// <summary>The page asked for (limit, the cursor's key, the total), read and checked before the handler runs.</summary>
    public ListRequest Page => Http.Features.GetRequiredFeature<ListRequest>();

    /// <summary>Whether a cursor's key is one this list issues (the key is signed, but its content is still parsed, never trusted).</summary>
    public virtual bool AcceptsCursorKey(string[] key) => key.Length == 1;
}

/// <summary>A paged list that can also count every match.</summary>
public abstract record CountedPagedRequest : PagedRequest
{
    [Description("When true, the response adds the exact number of items matching the filters (JSON only).")]
    [DataType(QueryValueTypes.Boolean), Example("false")]
    public string? IncludeTotal { get; init; }
}

/// <summary>A request with no query parameters (any given is a 400).</summary>
public sealed record NoQuery : ApiRequest;

/// <summary>Checks a request needs beyond its declared parameters (an actor named by alias, dates in order).</summary>
public interface IValidatedRequest
{
    ValueTask ValidateAsync(RequestValidationContext context);
}

/// <summary>The non-string value types a query parameter can declare with [DataType(...)].</summary>
public static class QueryValueTypes
{
    public const string Boolean = "boolean";
    public const string Date = "date";
}

/// <summary>An example value for the OpenAPI document.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExampleAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>The parameter takes values of a closed vocabulary (<see cref="Vocabulary.Vocabularies.ByName"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VocabularyAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The parameter names ids that must exist: an unknown one is a 400 naming the nearest valid ids.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KnownIdsAttribute(string table) : Attribute
{
    public string Table { get; } = table;
}
