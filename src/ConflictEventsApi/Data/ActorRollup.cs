using Dapper;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// An organ speaks for its whole: a ministry, embassy, spokesperson, leader or official counts for
/// its parent. Membership of a coalition and backing never roll up (PRODUCT.md, "Roll-up").
/// </summary>
public static class ActorRollup
{
    public static readonly string[] Relations = ["part-of", "spokesperson-for", "leader-of", "official-of"];

    /// <summary>The relations as a SQL array literal, for queries that bind no parameter for them.</summary>
    public const string RelationsSql = "ARRAY['part-of', 'spokesperson-for', 'leader-of', 'official-of']";

    /// <summary>The actor and every organ under it, however deep (a spokeswoman of an embassy of a state).</summary>
    public static async Task<string[]> WithOrgansAsync(NpgsqlConnection connection, string actorId, CancellationToken cancellationToken)
    {
        const string sql = $"""
            WITH RECURSIVE organ(id) AS (
                SELECT @actorId::text
                UNION
                SELECT f.actor_id::text FROM actor_affiliations f JOIN organ o ON f.parent_id = o.id
                WHERE f.relation = ANY({RelationsSql}))
            SELECT id FROM organ ORDER BY id
            """;
        var ids = await connection.QueryAsync<string>(new CommandDefinition(sql, new { actorId }, cancellationToken: cancellationToken));
        return ids.ToArray();
    }

    /// <summary>
    /// Whether any of these actors spoke a stance for another (a spokeswoman, an envoy). Only then
    /// does an actor filter add "or spoken by": the OR costs the (actor, date, id) index its order.
    /// </summary>
    public static async Task<bool> AnySpeaksAsync(NpgsqlConnection connection, string[] actorIds, CancellationToken cancellationToken) =>
        actorIds.Length > 0 && await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM stances WHERE speaker_id = ANY(@actorIds))", new { actorIds }, cancellationToken: cancellationToken));
}
