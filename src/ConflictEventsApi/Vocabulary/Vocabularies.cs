namespace ConflictEventsApi.Vocabulary;

/// <summary>
/// The closed vocabularies of the coding scheme, as the reference tables of 0002_vocabularies.sql (and later schema migrations)
/// hold them. Listed here so query validation and the OpenAPI document can name every accepted
/// value; a test fails when the two drift apart.
/// </summary>
public static class Vocabularies
{
    public static readonly IReadOnlyList<string> ActorKinds =
        ["state", "government", "ministry", "political-party", "armed-group", "opposition-body",
         "local-authority", "international-organisation", "media", "person", "collective"];

    public static readonly IReadOnlyList<string> EventKinds =
        ["congress", "talks-round", "meeting", "statement", "announcement", "press-briefing", "visit",
         "military-campaign", "conflict", "final-statement", "decision"];

    public static readonly IReadOnlyList<string> EventStatuses =
        ["planned", "held", "ongoing", "postponed", "rescheduled", "cancelled"];

    public static readonly IReadOnlyList<string> DatePrecisions = ["day", "week", "month", "year", "approximate", "reported"];

    public static readonly IReadOnlyList<string> ParticipantRoles =
        ["host", "sponsor", "mediator", "invited", "not-invited", "expected", "attended", "declined",
         "boycotted", "did-not-attend", "signatory", "speaker", "subject"];

    public static readonly IReadOnlyList<string> AffiliationRelations =
        ["spokesperson-for", "leader-of", "official-of", "member-of", "part-of", "armed-wing-of", "led-by", "backed-by"];

    public static readonly IReadOnlyList<string> AliasKinds =
        ["name", "short-name", "acronym", "spelling", "title", "metonym", "descriptor"];

    public static readonly IReadOnlyList<string> StanceKinds =
        ["supports", "defends", "will-attend", "demands-participation", "supports-participation", "commits-to",
         "conditional", "undecided", "respects-decision", "will-not-attend", "boycotts", "rejects",
         "opposes-participation", "accuses", "demands-leadership-change", "criticizes", "dismisses"];

    public static readonly IReadOnlyList<string> TargetTypes = ["event", "track", "actor", "participation"];

    public static readonly IReadOnlyList<string> Positions = ["for", "against", "neutral", "mixed"];

    /// <summary>A stance's polarity: -1 against, 0 neutral or undecided, 1 for (an integer in JSON, filters and CSV alike).</summary>
    public static readonly IReadOnlyList<string> Polarities = ["-1", "0", "1"];

    /// <summary>
    /// The vocabularies by the name of their component schema in the OpenAPI document, which
    /// parameters and properties taking their values reference.
    /// </summary>
    public static IReadOnlyList<string> Named(string name) => ByName.TryGetValue(name, out var values) ? values : Parameters[name];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByName = new Dictionary<string, IReadOnlyList<string>>
    {
        ["ActorKind"] = ActorKinds,
        ["EventKind"] = EventKinds,
        ["EventStatus"] = EventStatuses,
        ["DatePrecision"] = DatePrecisions,
        ["ParticipantRole"] = ParticipantRoles,
        ["AffiliationRelation"] = AffiliationRelations,
        ["AliasKind"] = AliasKinds,
        ["StanceKind"] = StanceKinds,
        ["TargetType"] = TargetTypes,
        ["Position"] = Positions,
        ["Polarity"] = Polarities,
    };

    /// <summary>
    /// The values of the API's own choice parameters, named too so that each is one component
    /// schema (a generated client gets SortOrder, not Sort, Sort2, ... per operation).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters = new Dictionary<string, IReadOnlyList<string>>
    {
        ["SortOrder"] = ["date", "-date"],
        ["Rollup"] = ["none", "parent"],
        ["StanceGroupBy"] = ["track", "actor", "kind", "polarity"],
        ["Period"] = ["day", "week", "month"],
        ["EventInclude"] = ["schedules"],
        ["ClaimTopicInclude"] = ["claims"],
    };

    /// <summary>The vocabularies whose values are integers.</summary>
    public static readonly IReadOnlySet<string> Integers = new HashSet<string> { "Polarity" };

    /// <summary>Each vocabulary with the reference table and column that hold it.</summary>
    public static readonly IReadOnlyList<(string Table, string Column, IReadOnlyList<string> Values)> Tables =
    [
        ("actor_kinds", "kind", ActorKinds),
        ("event_kinds", "kind", EventKinds),
        ("event_statuses", "status", EventStatuses),
        ("date_precisions", "precision", DatePrecisions),
        ("participant_roles", "role", ParticipantRoles),
        ("affiliation_relations", "relation", AffiliationRelations),
        ("alias_kinds", "kind", AliasKinds),
        ("stance_kinds", "kind", StanceKinds),
    ];
}
