using ConflictEventsApi.Data;
using System.Text;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Claims;

/// <summary>The filters of GET /claims, already validated.</summary>
public sealed record ClaimFilter(string[] Topics, string[] Sources);

public sealed class ClaimQueries(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        c.id, c.topic_slug AS topic, t.title AS topic_title, c.source_id, s.title AS source_title,
        s.outlet AS source_outlet, s.published_on AS source_published_on, s.published_precision AS source_published_precision,
        c.value_text, c.value_numeric, c.qualifier, c.unit,
        c.as_of, c.as_of_precision, c.event_id, c.note,
        (SELECT q.quote FROM citations q WHERE q.claim_id = c.id ORDER BY q.start_offset, q.id LIMIT 1) AS quote
        """;

    /// <summary>One page by id (limit + 1 rows tell whether another follows; no limit: every match), and the total when asked.</summary>
    public async Task<(IReadOnlyList<ClaimSummary> Rows, long? Total)> ListAsync(
        ClaimFilter filter, string? afterId, int? limit, bool includeTotal, CancellationToken cancellationToken)
    {
        var filters = new SqlFilter(new DynamicParameters(new { afterId, take = limit + 1 }))
            .When(filter.Topics, "c.topic_slug = ANY(@topics)", "topics")
            .When(filter.Sources, "c.source_id = ANY(@sources)", "sources");
        var (where, parameters) = (filters.Where, filters.Parameters);
        var sql = new StringBuilder($"""
            SELECT {Columns}
            FROM claims c JOIN claim_topics t ON t.slug = c.topic_slug JOIN sources s ON s.id = c.source_id
            WHERE {where} AND (@afterId::text IS NULL OR c.id > @afterId)
            ORDER BY c.id LIMIT @take;
            """);
        if (includeTotal) sql.Append($" SELECT count(*) FROM claims c WHERE {where};");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<ClaimSummary>()).AsList();
        long? total = includeTotal ? await results.ReadSingleAsync<long>() : null;
        return (rows, total);
    }

    /// <summary>
    /// Every topic with its counts, by slug. Two claims state the same value when their
    /// value_numeric is equal (trailing zeros aside) or, both without one, when their value_text is
    /// equal once case, accents and spacing are folded; qualifiers and units are not compared.
    /// </summary>
    public async Task<IReadOnlyList<ClaimTopicSummary>> ListTopicsAsync(bool includeClaims, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.slug, t.title, t.unit, t.description,
                   count(c.id) AS claim_count,
                   count(DISTINCT c.source_id) AS source_count,
                   count(DISTINCT c.value_key) AS distinct_value_count,
                   count(DISTINCT c.value_key) > 1 AS disagree
            FROM claim_topics t
            LEFT JOIN (
                SELECT c.id, c.topic_slug, c.source_id,
                       CASE WHEN c.value_numeric IS NOT NULL THEN 'n:' || trim_scale(c.value_numeric)::text
                            ELSE 't:' || regexp_replace(btrim(fold_text(c.value_text)), '\s+', ' ', 'g') END AS value_key
                FROM claims c
            ) c ON c.topic_slug = t.slug
            GROUP BY t.slug, t.title, t.unit, t.description
            ORDER BY t.slug;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ClaimTopicSummary>(new CommandDefinition(sql, cancellationToken: cancellationToken))).AsList();
        if (!includeClaims) return rows;
        // Every topic's claims in one more query: the disputed figures panel in one request.
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ClaimsOfTopicsSql,
            new { slugs = rows.Select(row => row.Slug).ToArray() }, cancellationToken: cancellationToken));
        var claims = await ReadClaimsAsync(results);
        return rows.Select(row => row with { Claims = [.. claims[row.Slug]] }).ToList();
    }

    /// <summary>The topic and every claim on it with its source and quotes, or null: one round trip.</summary>
    public async Task<ClaimTopicDetail?> GetTopicAsync(string slug, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT t.slug, t.title, t.unit, t.description FROM claim_topics t WHERE t.slug = @slug;
            {ClaimsOfTopicsSql}
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, new { slug, slugs = new[] { slug } }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<ClaimTopic>() is not { } topic) return null;
        return new ClaimTopicDetail { Topic = topic, Claims = [.. (await ReadClaimsAsync(results))[slug]] };
    }

    // Every claim on these topics with its source and all its quotes, earliest source first.
    private const string ClaimsOfTopicsSql = """
        SELECT c.topic_slug AS topic, t.title AS topic_title, c.id, c.value_text, c.value_numeric, c.qualifier, c.unit, c.as_of,
               c.as_of_precision, c.event_id, c.note, s.id AS source_id, s.title AS source_title, s.outlet AS source_outlet,
               s.published_on AS source_published_on, s.published_precision AS source_published_precision
        FROM claims c JOIN sources s ON s.id = c.source_id JOIN claim_topics t ON t.slug = c.topic_slug
        WHERE c.topic_slug = ANY(@slugs)
        ORDER BY c.topic_slug, s.published_on NULLS LAST, c.as_of NULLS LAST, c.id;

        SELECT q.claim_id, q.quote, q.start_offset, q.length
        FROM citations q JOIN claims c ON c.id = q.claim_id
        WHERE c.topic_slug = ANY(@slugs)
        ORDER BY q.claim_id, q.start_offset, q.id;
        """;

    /// <summary>The two results of <see cref="ClaimsOfTopicsSql"/> as each topic's claims.</summary>
    private static async Task<ILookup<string, TopicClaim>> ReadClaimsAsync(SqlMapper.GridReader results)
    {
        // The flat list row (a claim and its source in one row), shaped into TopicClaim below.
        var claims = (await results.ReadAsync<ClaimSummary>()).AsList();
        var quotes = (await results.ReadAsync<ClaimQuoteRow>()).ToLookup(row => row.ClaimId, row => (ClaimQuote)row);
        return claims.ToLookup(row => row.Topic, row => new TopicClaim
        {
            Id = row.Id,
            ValueText = row.ValueText,
            ValueNumeric = row.ValueNumeric,
            Qualifier = row.Qualifier,
            Unit = row.Unit,
            AsOf = row.AsOf,
            AsOfPrecision = row.AsOfPrecision,
            EventId = row.EventId,
            Note = row.Note,
            Source = new ClaimSource
            {
                Id = row.SourceId, Title = row.SourceTitle, Outlet = row.SourceOutlet, PublishedOn = row.SourcePublishedOn,
                PublishedPrecision = row.SourcePublishedPrecision,
            },
            Quotes = [.. quotes[row.Id]],
        });
    }

    // A quote and the claim it is grouped by. Serialised as ClaimQuote (System.Text.Json writes the
    // declared type), so the claim id stays out of the response.
    private sealed record ClaimQuoteRow : ClaimQuote
    {
        public required string ClaimId { get; init; }
    }
}
