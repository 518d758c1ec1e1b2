using Dapper;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// Resolves an actor filter given as an id, a name or an alias (case- and accent-insensitive).
/// An exact id wins; otherwise every actor the text names is a candidate, and more than one is an
/// ambiguity the caller reports (an acronym such as "SNC" names several bodies).
/// </summary>
public static class ActorReference
{
    /// <summary>The description of the exact parameter beside an actor filter.</summary>
    public const string ExactDescription =
        "true: the actor alone, without its organs, spokespeople and the stances it spoke for another. Default false.";

    /// <summary>A CTE named actor_match over the parameter @actor; list endpoints join to it.</summary>
    public const string MatchCte = """
        exact_actor AS (SELECT a.id FROM actors a WHERE a.id = @actor),
        actor_match AS (
            SELECT id FROM exact_actor
            UNION
            SELECT a.id FROM actors a
            WHERE NOT EXISTS (SELECT 1 FROM exact_actor) AND fold_text(a.name) = fold_text(@actor)
            UNION
            SELECT al.actor_id FROM actor_aliases al
            WHERE NOT EXISTS (SELECT 1 FROM exact_actor) AND fold_text(al.alias) = fold_text(@actor)
        )
        """;

    public static async Task<string[]> ResolveAsync(NpgsqlConnection connection, string actor, CancellationToken cancellationToken)
    {
        const string sql = $"WITH {MatchCte} SELECT id FROM actor_match ORDER BY id";
        var ids = await connection.QueryAsync<string>(new CommandDefinition(sql, new { actor }, cancellationToken: cancellationToken));
        return ids.ToArray();
    }

    /// <summary>
    /// The actor a filter names with its organs and spokespeople (exact: the actor alone); a name
    /// that matches no actor or several is a problem to report instead.
    /// </summary>
    public static async Task<(string[] Ids, string? Problem)> ResolveForFilterAsync(NpgsqlConnection connection,
        string actor, bool exact, CancellationToken cancellationToken)
    {
        var ids = await ResolveAsync(connection, actor, cancellationToken);
        string[] nearest = [];
        if (ids.Length == 0)
        {
            var slug = AsSlug(actor);
            nearest = (await KnownIds.NearestAsync(connection, IdKind.Actor, [slug], cancellationToken))[slug];
        }
        if (Problem(actor, ids, nearest) is { } problem) return ([], problem);
        return (exact ? ids : await ActorRollup.WithOrgansAsync(connection, ids[0], cancellationToken), null);
    }

    /// <summary>The 400 message for a filter that names no actor (with the nearest ids) or several.</summary>
    public static string? Problem(string actor, string[] candidates, IReadOnlyCollection<string>? nearest = null) => candidates.Length switch
    {
        0 => $"No actor has the id, name or alias '{actor}'{KnownIds.Suggestion(nearest ?? [])}. See GET /actors?q=… to find one.",
        1 => null,
        _ => $"'{actor}' is ambiguous: it names {string.Join(", ", candidates)}. Use one of these ids.",
    };

    /// <summary>A name as an id would spell it ("Free Syrian Army" → free-syrian-army), to find the nearest ids.</summary>
    private static string AsSlug(string text)
    {
        var slug = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
