namespace ConflictEventsApi.Stats;

/// <summary>
/// The periods of the stats endpoints (bucket = day, week or month), computed like PostgreSQL's
/// date_trunc: a week starts on Monday, a month on its 1st.
/// </summary>
public static class Buckets
{
    /// <summary>The most periods one zero-filled series may hold (a day bucket over about 13 years).</summary>
    public const int MaxPeriods = 5000;
    public const string MaxPeriodsText = "5000";

    /// <summary>The first day of the period holding the date.</summary>
    public static DateOnly Start(string bucket, DateOnly date) => bucket switch
    {
        "day" => date,
        "week" => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        _ => new DateOnly(date.Year, date.Month, 1),
    };

    /// <summary>The first day of the next period, or null past the calendar's end.</summary>
    public static DateOnly? Next(string bucket, DateOnly periodStart)
    {
        var days = bucket switch { "day" => 1, "week" => 7, _ => 0 };
        if (days > 0)
            return DateOnly.MaxValue.DayNumber - periodStart.DayNumber >= days ? periodStart.AddDays(days) : null;
        return periodStart.Year == DateOnly.MaxValue.Year && periodStart.Month == 12 ? null : periodStart.AddMonths(1);
    }

    /// <summary>How many periods cover first to last, both included (0 when last is before first).</summary>
    public static long Count(string bucket, DateOnly first, DateOnly last)
    {
        if (last < first) return 0;
        var (a, b) = (Start(bucket, first), Start(bucket, last));
        return bucket switch
        {
            "day" => b.DayNumber - a.DayNumber + 1L,
            "week" => (b.DayNumber - a.DayNumber) / 7 + 1L,
            _ => (b.Year - a.Year) * 12L + b.Month - a.Month + 1,
        };
    }
}
