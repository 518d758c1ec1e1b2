using Dapper;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// An organ speaks for its whole: a ministry, embassy, spokesperson, leader or official counts for
/// its parent. Membership of a coalition and backing never roll up (the view organ_of holds the
/// four relations that do).
/// </summary>
public static class ActorRollup
{
    /// <summary>The actor and every organ under it, however deep (a spokeswoman of an embassy of a state).</summary>
    public static async Task<string[]> WithOrgansAsync(NpgsqlConnection connection, string actorId, CancellationToken cancellationToken)
    {
        // The organ relations are organ_of's (1008_schema_rules_once.sql), defined once.
        const string sql = """
            WITH RECURSIVE organ(id) AS (
                SELECT @actorId::text
                UNION
                SELECT o.organ_id FROM organ_of o JOIN organ ON o.whole_id = organ.id)
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
