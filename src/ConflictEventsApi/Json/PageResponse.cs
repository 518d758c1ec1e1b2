namespace ConflictEventsApi.Json;

/// <summary>A page of a list: its items, the cursor of the next page, and the total when asked for.</summary>
public sealed record PageResponse<T>
{
    /// <summary>The items of this page, in the list's stable order.</summary>
    public required IReadOnlyList<T> Items { get; init; }

    /// <summary>Pass as cursor, with the same filters, to get the next page; null on the last page.</summary>
    public required string? NextCursor { get; init; }

    /// <summary>The exact number of items matching the filters; present only with includeTotal=true.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public long? Total { get; init; }
}
