using System.Globalization;

namespace ConflictEventsApi.Stats;

/// <summary>
/// The order of GET /stats/stances rows and the key of its cursor: by period when bucketed, then
/// the largest count first, then the key (null last: the stances without a track). The counts come
/// from data kept with the dataset version, so a cursor's key finds its place again on the next page.
/// </summary>
public sealed record StanceCountKey(DateOnly? Period, long Count, string? Key)
{
    public static StanceCountKey Of(StanceCount row) => new(row.Period, row.Count, row.Key);

    // An empty string stands for null: no period (unbucketed) or the null key; real keys are never empty.
    public string[] CursorKey =>
        [Period?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Count.ToString(CultureInfo.InvariantCulture), Key ?? ""];

    /// <summary>The key a cursor carries; null when it is not a period, a count and a key (parsed, never trusted).</summary>
    public static StanceCountKey? Parse(string[]? key)
    {
        if (key is not [var period, var count, var group]
            || !long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return null;
        if (period.Length == 0) return new StanceCountKey(null, value, group.Length == 0 ? null : group);
        return DateOnly.TryParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new StanceCountKey(day, value, group.Length == 0 ? null : group)
            : null;
    }

    /// <summary>Whether the row comes after this key in the rows' order.</summary>
    public bool Precedes(StanceCount row)
    {
        if (Nullable.Compare(row.Period, Period) is var byPeriod and not 0) return byPeriod > 0;
        if (row.Count != Count) return row.Count < Count;
        return (Key, row.Key) switch
        {
            (null, _) => false,
            (_, null) => true,
            var (mine, theirs) => string.CompareOrdinal(theirs, mine) > 0,
        };
    }
}
