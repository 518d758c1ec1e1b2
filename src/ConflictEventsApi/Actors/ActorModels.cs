using ConflictEventsApi.Http.Requests;
namespace ConflictEventsApi.Actors;

/// <summary>An actor as listed: flat, so the same fields serve JSON and CSV.</summary>
public sealed record ActorSummary
{
    /// <summary>Stable kebab-case id of the actor.</summary>
    public required string Id { get; init; }
    /// <summary>The actor's usual name.</summary>
    public required string Name { get; init; }
    /// <summary>Actor kind (closed vocabulary: state, government, armed-group, person, collective, ...).</summary>
    [Vocabulary("ActorKind")]
    public required string Kind { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code, when the actor belongs to one country.</summary>
    public string? CountryCode { get; init; }
    /// <summary>Who or what the actor is, as the sources describe it.</summary>
    public required string Description { get; init; }
    /// <summary>Other names, acronyms, metonyms and descriptors the sources use for the actor.</summary>
    public required string[] Aliases { get; init; }
    /// <summary>Ids of the actors this one is affiliated to (the organisation a person speaks for, the coalition a group belongs to).</summary>
    public required string[] ParentIds { get; init; }
}

/// <summary>One actor with its aliases, affiliations, members and how often the dataset mentions it.</summary>
public sealed record ActorDetail
{
    /// <summary>Stable kebab-case id of the actor.</summary>
    public required string Id { get; init; }
    /// <summary>The actor's usual name.</summary>
    public required string Name { get; init; }
    /// <summary>Actor kind (closed vocabulary).</summary>
    [Vocabulary("ActorKind")]
    public required string Kind { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code, when the actor belongs to one country.</summary>
    public string? CountryCode { get; init; }
    /// <summary>Who or what the actor is, as the sources describe it.</summary>
    public required string Description { get; init; }
    /// <summary>Every alias, with whether the same text also names another actor.</summary>
    public required IReadOnlyList<ActorAlias> Aliases { get; init; }
    /// <summary>Affiliations up: the organisations, states or coalitions this actor belongs to or speaks for.</summary>
    public required IReadOnlyList<ActorAffiliation> Affiliations { get; init; }
    /// <summary>Affiliations down: the actors (members, spokespeople, armed wings) affiliated to this one.</summary>
    public required IReadOnlyList<ActorMember> Members { get; init; }
    /// <summary>How many events, stances and quotes concern the actor.</summary>
    public required ActorCounts Counts { get; init; }
}

/// <summary>A name the sources use for an actor.</summary>
public sealed record ActorAlias
{
    /// <summary>The alias as written in the sources.</summary>
    public required string Alias { get; init; }
    /// <summary>Alias kind (name, short-name, acronym, spelling, title, metonym, descriptor).</summary>
    [Vocabulary("AliasKind")]
    public required string Kind { get; init; }
    /// <summary>Curator's note on the alias.</summary>
    public string? Note { get; init; }
    /// <summary>Ids of the other actors whose name or alias is the same text (case- and accent-insensitive).</summary>
    public required string[] AlsoNames { get; init; }
    /// <summary>True when the alias also names another actor (see alsoNames); a filter by it is then a 400 listing the candidates.</summary>
    public bool Ambiguous => AlsoNames.Length > 0;
}

/// <summary>An affiliation of the actor to a parent actor.</summary>
public sealed record ActorAffiliation
{
    /// <summary>The parent actor's id.</summary>
    public required string ParentId { get; init; }
    /// <summary>The parent actor's name.</summary>
    public required string ParentName { get; init; }
    /// <summary>How the actor relates to the parent (spokesperson-for, leader-of, member-of, part-of, backed-by, ...).</summary>
    [Vocabulary("AffiliationRelation")]
    public required string Relation { get; init; }
    /// <summary>Curator's note, usually the words of the source.</summary>
    public string? Note { get; init; }
}

/// <summary>An actor affiliated to this one.</summary>
public sealed record ActorMember
{
    /// <summary>The affiliated actor's id.</summary>
    public required string ActorId { get; init; }
    /// <summary>The affiliated actor's name.</summary>
    public required string ActorName { get; init; }
    /// <summary>The affiliated actor's kind.</summary>
    public required string ActorKind { get; init; }
    /// <summary>How the affiliated actor relates to this one (spokesperson-for, member-of, armed-wing-of, ...).</summary>
    [Vocabulary("AffiliationRelation")]
    public required string Relation { get; init; }
    /// <summary>Curator's note, usually the words of the source.</summary>
    public string? Note { get; init; }
}

/// <summary>How much of the dataset concerns an actor.</summary>
public sealed record ActorCounts
{
    /// <summary>Events the actor takes part in, in any role (host, invited, boycotted, ...).</summary>
    public required long Events { get; init; }
    /// <summary>Stances the actor took.</summary>
    public required long Stances { get; init; }
    /// <summary>Stances the actor stated as the named speaker for another actor.</summary>
    public required long StancesAsSpeaker { get; init; }
    /// <summary>Quotes that support the actor itself, its aliases or its affiliations.</summary>
    public required long Citations { get; init; }
}
