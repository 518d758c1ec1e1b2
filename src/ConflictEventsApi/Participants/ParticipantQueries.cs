using ConflictEventsApi.Json;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Participants;

public sealed class ParticipantQueries(NpgsqlDataSource dataSource)
{
    /// <summary>The event's participants with their citations (one round trip), or null when the event does not exist.</summary>
    public async Task<IReadOnlyList<ParticipantItem>?> ListAsync(string eventId, string[] roles, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT EXISTS (SELECT 1 FROM events WHERE id = @eventId);

            SELECT p.id, p.event_id, p.actor_id, a.name AS actor_name, p.role, p.note,
                   (SELECT min(src.published_on) FROM citations c JOIN sources src ON src.id = c.source_id
                    WHERE c.participant_id = p.id) AS reported_on
            FROM event_participants p JOIN actors a ON a.id = p.actor_id
            WHERE p.event_id = @eventId AND (cardinality(@roles) = 0 OR p.role = ANY(@roles))
            ORDER BY p.role, p.actor_id;

            SELECT c.participant_id, c.source_id, src.title AS source_title, src.outlet, src.published_on,
                   c.quote, c.start_offset, c.length, 'participant' AS supports
            FROM event_participants p
            JOIN citations c ON c.participant_id = p.id
            JOIN sources src ON src.id = c.source_id
            WHERE p.event_id = @eventId
            ORDER BY src.published_on NULLS LAST, c.source_id, c.start_offset, c.id;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, new { eventId, roles }, cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>()) return null;
        var rows = (await results.ReadAsync<ParticipantRow>()).AsList();
        var citations = (await results.ReadAsync<ParticipantCitation>()).ToLookup(c => c.ParticipantId);
        return rows.Select(row => (ParticipantItem)row with { Citations = [.. citations[row.Id]] }).ToList();
    }

    // The item and the row id its citations are keyed by. Serialised as ParticipantItem (System.Text.Json
    // writes the declared type), so the id stays out of the response.
    private sealed record ParticipantRow : ParticipantItem
    {
        public required int Id { get; init; }
    }

    // A Citation with its participant's id: Dapper's grid reader has no async multi-mapping, and a
    // synchronous read would block a request thread on the network.
    private sealed record ParticipantCitation : Citation
    {
        public required int ParticipantId { get; init; }
    }
}
