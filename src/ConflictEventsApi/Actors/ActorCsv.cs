using ConflictEventsApi.Http;

namespace ConflictEventsApi.Actors;

/// <summary>The flat columns of an actors CSV export, named like the JSON fields; lists are joined with ';'.</summary>
public static class ActorCsv
{
    public static readonly IReadOnlyList<CsvColumn<ActorSummary>> Columns =
    [
        new("id", a => a.Id),
        new("name", a => a.Name),
        new("kind", a => a.Kind),
        new("countryCode", a => a.CountryCode),
        new("description", a => a.Description),
        new("aliases", a => a.Aliases),
        new("parentIds", a => a.ParentIds),
    ];
}
