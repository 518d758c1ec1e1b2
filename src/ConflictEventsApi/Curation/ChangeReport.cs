namespace ConflictEventsApi.Curation;

/// <summary>Prints what a migration adds, changes and removes per table, and the API answers that move.</summary>
public static class ChangeReport
{
    private const int RowsShown = 25;

    // Which answers a table feeds; ids are named where one row has its own resource.
    private static readonly Dictionary<string, string> Endpoints = new(StringComparer.Ordinal)
    {
        ["sources"] = "GET /sources, GET /sources/{id}",
        ["events"] = "GET /events, GET /events/{id}, GET /tracks/{id}, GET /stats/events",
        ["event_schedules"] = "GET /events/{id}",
        ["event_participants"] = "GET /events/{id}/participants, GET /events?participant=",
        ["stances"] = "GET /stances, GET /stats/stances, GET /events/{id}/positions, GET /tracks/{id}/positions",
        ["claims"] = "GET /claims, GET /claims/topics, GET /claims/{topic}",
        ["claim_topics"] = "GET /claims/topics",
        ["actors"] = "GET /actors, GET /actors/{id}",
        ["actor_aliases"] = "GET /actors?q=, GET /actors/{id}",
        ["actor_affiliations"] = "GET /actors/{id}, actor roll-ups (rollup=parent)",
        ["citations"] = "GET /sources/{id}/citations and the quotes of every cited fact",
    };

    public static void Write(IReadOnlyList<TableSnapshot.TableChanges> changes, TextWriter output)
    {
        if (changes.Count == 0) output.WriteLine("it adds and changes nothing");
        foreach (var table in changes)
        {
            output.WriteLine($"{table.Table}: {table.Added.Count} added, {table.Changed.Count} changed, {table.Removed.Count} removed");
            foreach (var row in table.Added.Take(RowsShown)) output.WriteLine($"  + {row}");
            foreach (var row in table.Changed.Take(RowsShown)) output.WriteLine($"  ~ {row.Key}: {string.Join("; ", row.Columns)}");
            foreach (var row in table.Removed.Take(RowsShown)) output.WriteLine($"  - {row}");
            var hidden = Math.Max(0, table.Added.Count - RowsShown) + Math.Max(0, table.Changed.Count - RowsShown)
                         + Math.Max(0, table.Removed.Count - RowsShown);
            if (hidden > 0) output.WriteLine($"  … and {hidden} more");
        }
        var answers = changes.Select(table => Endpoints.GetValueOrDefault(table.Table)).OfType<string>().Distinct().ToList();
        if (answers.Count > 0) output.WriteLine($"answers that change: {string.Join("; ", answers)}");
    }
}
