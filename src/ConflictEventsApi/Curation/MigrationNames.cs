using System.Text.RegularExpressions;

namespace ConflictEventsApi.Curation;

/// <summary>
/// How migrations are named (docs/curation.md, "Migration names"): 0001–0303 are closed; every new
/// one takes the next number after the highest, from 1000, and says what it is after the number.
/// </summary>
public static partial class MigrationNames
{
    public const int FirstOpenNumber = 1000;

    [GeneratedRegex(@"^(?<number>\d{4})_(article_\d{4}-\d{2}-\d{2}_[a-z0-9-]+_[a-z0-9-]+|correction_[a-z0-9-_]+|schema_[a-z0-9-_]+)\.sql$")]
    private static partial Regex Pattern();

    /// <summary>The name a new migration should take: the next number after the highest known, from 1000.</summary>
    public static string NextNumber(IEnumerable<string> existing)
    {
        var highest = existing.Select(name => int.TryParse(name.AsSpan(0, Math.Min(4, name.Length)), out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return Math.Max(highest + 1, FirstOpenNumber).ToString("D4");
    }

    /// <summary>Warnings for a draft migration: a name migrate would refuse, or one that does not say what it is.</summary>
    public static IReadOnlyList<string> Warnings(string name, IReadOnlyList<string> existing)
    {
        if (existing.Contains(name, StringComparer.Ordinal)) return [];
        var warnings = new List<string>();
        var last = existing[^1];
        var next = NextNumber(existing);
        if (StringComparer.Ordinal.Compare(name, last) < 0)
            warnings.Add($"warning: {name} sorts before {last}: migrate would refuse it on every existing database. " +
                         $"Rename it to start with {next}_ (the next number after the highest).");
        if (!Pattern().IsMatch(name))
            warnings.Add($"warning: {name} does not follow NNNN_article_<yyyy-mm-dd>_<outlet>_<slug>.sql " +
                         "(or NNNN_correction_<what>.sql, NNNN_schema_<what>.sql).");
        return warnings;
    }
}
