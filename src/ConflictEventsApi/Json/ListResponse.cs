namespace ConflictEventsApi.Json;

/// <summary>A page of a list: the items and the cursor of the next page (null on the last page).</summary>
/// <param name="Items">The items of this page, in the list's stable order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null when this is the last page.</param>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, string? NextCursor);
