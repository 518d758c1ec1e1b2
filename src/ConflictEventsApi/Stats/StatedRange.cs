namespace ConflictEventsApi.Stats;

/// <summary>
/// A stated-on range (either end open) split into the whole calendar months inside it, counted
/// from the monthly stance tallies, and the days at either end outside those months, counted from
/// the daily ones. Together they cover the range exactly once.
/// </summary>
public sealed record StatedRange
{
    /// <summary>Whether any whole month lies in the range (always, when an end is open).</summary>
    public required bool HasWholeMonths { get; init; }

    /// <summary>The first whole month (its first day); null when the range has no start.</summary>
    public DateOnly? MonthsFrom { get; init; }

    /// <summary>The first day after the last whole month; null when the range has no end.</summary>
    public DateOnly? MonthsUntil { get; init; }

    /// <summary>Inclusive day ranges outside the whole months: none, one or two.</summary>
    public required IReadOnlyList<(DateOnly From, DateOnly To)> Days { get; init; }

    public static StatedRange Split(DateOnly? from, DateOnly? to)
    {
        var monthsFrom = from is { } start ? FirstWholeMonth(start) : null;
        var monthsUntil = to is { } end ? AfterLastWholeMonth(end) : null;
        if ((from is not null && monthsFrom is null) || (monthsFrom is { } a && monthsUntil is { } b && a >= b))
        {
            // Shorter than its months (or in the calendar's last month): days only.
            return new StatedRange
            {
                HasWholeMonths = false,
                Days = [(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue)],
            };
        }

        var days = new List<(DateOnly, DateOnly)>();
        if (from is { } first && monthsFrom is { } monthStart && first < monthStart) days.Add((first, monthStart.AddDays(-1)));
        if (to is { } last && monthsUntil is { } monthEnd && monthEnd <= last) days.Add((monthEnd, last));
        return new StatedRange { HasWholeMonths = true, MonthsFrom = monthsFrom, MonthsUntil = monthsUntil, Days = days };
    }

    // The month starting at or after the day; null past the calendar's last month.
    private static DateOnly? FirstWholeMonth(DateOnly day) =>
        day.Day == 1 ? day
        : day.Year == DateOnly.MaxValue.Year && day.Month == 12 ? null
        : new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    // The first day after the last month ending on or before the day; null when the day is the calendar's last.
    private static DateOnly? AfterLastWholeMonth(DateOnly day) =>
        day == DateOnly.MaxValue ? null
        : day.AddDays(1).Day == 1 ? day.AddDays(1)
        : new DateOnly(day.Year, day.Month, 1);
}
