using ConflictEventsApi.Data;
using System.Text;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Actors;

/// <summary>The filters of GET /actors, already validated.</summary>
public sealed record ActorFilter(string[] Kinds, string? Text, string[] Tracks, string? ParentId);

public sealed class ActorQueries(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        a.id, a.name, a.kind, a.country_code, a.description,
        ARRAY(SELECT al.alias FROM actor_aliases al WHERE al.actor_id = a.id ORDER BY al.id) AS aliases,
        ARRAY(SELECT DISTINCT af.parent_id::text FROM actor_affiliations af WHERE af.actor_id = a.id ORDER BY 1) AS parent_ids
        """;

    /// <summary>One page by id (limit + 1 rows tell whether another follows; no limit: every match), and the total when asked.</summary>
    public async Task<(IReadOnlyList<ActorSummary> Rows, long? Total)> ListAsync(
        ActorFilter filter, string? afterId, int? limit, bool includeTotal, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        parameters.Add("afterId", afterId);
        parameters.Add("take", limit + 1);
        var keyset = afterId is null ? "" : " AND a.id > @afterId";
        var sql = new StringBuilder($"SELECT {Columns} FROM actors a WHERE {where}{keyset} ORDER BY a.id LIMIT @take;");
        if (includeTotal) sql.Append($" SELECT count(*) FROM actors a WHERE {where};");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<ActorSummary>()).AsList();
        long? total = includeTotal ? await results.ReadSingleAsync<long>() : null;
        return (rows, total);
    }

    /// <summary>Fixed SQL fragments joined for the filters in use; every value is a parameter.</summary>
    private static (string Where, DynamicParameters Parameters) Where(ActorFilter filter)
    {
        var clauses = new List<string> { "TRUE" };
        var parameters = new DynamicParameters();
        if (filter.Kinds.Length > 0)
        {
            clauses.Add("a.kind = ANY(@kinds)");
            parameters.Add("kinds", filter.Kinds);
        }
        if (filter.Text is { } text)
        {
            // LIKE's default escape character is the backslash; the text is matched literally.
            // Each side by its trigram index (1011): the ids of the names and of the aliases that contain
            // the text, rather than an OR that read every actor.
            clauses.Add("""
                a.id IN (SELECT n.id FROM actors n WHERE fold_text(n.name) LIKE '%' || fold_text(@text) || '%'
                         UNION
                         SELECT al.actor_id FROM actor_aliases al WHERE fold_text(al.alias) LIKE '%' || fold_text(@text) || '%')
                """);
            parameters.Add("text", EscapeLike(text));
        }
        if (filter.Tracks.Length > 0)
        {
            clauses.Add("""
                (EXISTS (SELECT 1 FROM event_participants p JOIN events e ON e.id = p.event_id
                         WHERE p.actor_id = a.id AND e.track_slug = ANY(@tracks))
                 OR EXISTS (SELECT 1 FROM stances s JOIN stance_track_rows st ON st.stance_id = s.id
                            WHERE s.actor_id = a.id AND st.track = ANY(@tracks)))
                """);
            parameters.Add("tracks", filter.Tracks);
        }
        if (filter.ParentId is { } parent)
        {
            // Organs at any depth, along the roll-up relations only: a state's embassy and its spokeswoman,
            // never the governments it backs or the members of a coalition.
            clauses.Add("""
                a.id IN (WITH RECURSIVE organ(id) AS (
                             SELECT o.organ_id FROM organ_of o WHERE o.whole_id = @parent
                             UNION
                             SELECT o.organ_id FROM organ_of o JOIN organ ON o.whole_id = organ.id)
                         SELECT id FROM organ)
                """);
            parameters.Add("parent", parent);
        }
        return (string.Join(" AND ", clauses), parameters);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    /// <summary>The actor with its aliases, affiliations up and down, and counts: one round trip.</summary>
    public async Task<ActorDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        // An alias is ambiguous when its folded text is also another actor's name or alias, as
        // ActorReference would resolve it.
        const string sql = """
            SELECT a.id, a.name, a.kind, a.country_code, a.description FROM actors a WHERE a.id = @id;

            SELECT al.alias, al.kind, al.note,
                   ARRAY(SELECT other.actor_id::text FROM actor_aliases other
                         WHERE other.actor_id <> al.actor_id AND fold_text(other.alias) = fold_text(al.alias)
                         UNION
                         SELECT other.id::text FROM actors other
                         WHERE other.id <> al.actor_id AND fold_text(other.name) = fold_text(al.alias)
                         ORDER BY 1) AS also_names
            FROM actor_aliases al WHERE al.actor_id = @id ORDER BY al.id;

            SELECT af.parent_id, p.name AS parent_name, af.relation, af.note
            FROM actor_affiliations af JOIN actors p ON p.id = af.parent_id
            WHERE af.actor_id = @id ORDER BY af.parent_id, af.relation;

            SELECT af.actor_id, m.name AS actor_name, m.kind AS actor_kind, af.relation, af.note
            FROM actor_affiliations af JOIN actors m ON m.id = af.actor_id
            WHERE af.parent_id = @id ORDER BY af.actor_id, af.relation;

            -- The stance count as kept with the dataset (stance_group_totals, 1009); the citations by
            -- the index of each column (= ANY of an array, not IN, so the planner ORs three index scans).
            SELECT (SELECT count(DISTINCT p.event_id) FROM event_participants p WHERE p.actor_id = @id) AS events,
                   coalesce((SELECT t.stances FROM stance_group_totals t
                             WHERE t.group_by = 'actor' AND t.every_track AND t.key = @id), 0)::bigint AS stances,
                   (SELECT count(*) FROM stances s WHERE s.speaker_id = @id) AS stances_as_speaker,
                   (SELECT count(*) FROM citations c
                    WHERE c.actor_id = @id
                       OR c.alias_id = ANY(ARRAY(SELECT al.id FROM actor_aliases al WHERE al.actor_id = @id))
                       OR c.affiliation_id = ANY(ARRAY(SELECT af.id FROM actor_affiliations af WHERE af.actor_id = @id))) AS citations;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<ActorRow>() is not { } actor) return null;
        return new ActorDetail
        {
            Id = actor.Id,
            Name = actor.Name,
            Kind = actor.Kind,
            CountryCode = actor.CountryCode,
            Description = actor.Description,
            Aliases = (await results.ReadAsync<ActorAlias>()).AsList(),
            Affiliations = (await results.ReadAsync<ActorAffiliation>()).AsList(),
            Members = (await results.ReadAsync<ActorMember>()).AsList(),
            Counts = await results.ReadSingleAsync<ActorCounts>(),
        };
    }

    private sealed record ActorRow(string Id, string Name, string Kind, string? CountryCode, string Description);
}
