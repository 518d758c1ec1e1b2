using System.Diagnostics;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace ConflictEventsApi.ScaleData;

/// <summary>
/// Bulk-loads N synthetic events with proportional tracks, actors, sources, stances and citations
/// by binary COPY. Per N events: N/100 actors (at least 200), N/50 sources (at least 100) of about
/// 4,000 characters, N/2 stances, and one citation per event and per stance, each a real substring
/// of its source at its stated offset. Skew: sochi, geneva and astana hold about 55% of the
/// events, 60 synthetic tracks the rest with a Zipf tail; stances follow a Zipf over actors; dates
/// span 1990-2026, 2% undated.
/// </summary>
public sealed class SyntheticLoader(ScaleDatabase database, long eventCount, TextWriter log)
{
    private const int SyntheticTracks = 60;
    private static readonly DateOnly FirstDay = new(1990, 1, 1);
    private const int DaySpan = 36 * 365;

    private static readonly string[] EventKinds = ["talks-round", "meeting", "statement", "announcement", "press-briefing", "visit", "congress"];
    private static readonly string[] Statuses = ["held", "held", "held", "held", "planned", "postponed", "cancelled", "rescheduled"];
    private static readonly string[] ActorKinds = ["state", "government", "ministry", "armed-group", "opposition-body", "person", "collective", "international-organisation"];
    private static readonly (string Kind, short Polarity)[] StanceKinds =
    [
        ("supports", 1), ("will-attend", 1), ("defends", 1), ("conditional", 0), ("undecided", 0),
        ("rejects", -1), ("boycotts", -1), ("will-not-attend", -1), ("criticizes", -1), ("accuses", -1),
    ];
    private static readonly (string Place, string Country, decimal Lat, decimal Lon)[] Places =
    [
        ("Sochi", "RU", 43.60280m, 39.73420m), ("Geneva", "CH", 46.20440m, 6.14320m), ("Astana", "KZ", 51.16940m, 71.44910m),
        ("Damascus", "SY", 33.51380m, 36.27650m), ("Riyadh", "SA", 24.71360m, 46.67530m), ("Ankara", "TR", 39.93340m, 32.85970m),
        ("Tehran", "IR", 35.68920m, 51.38900m), ("Moscow", "RU", 55.75580m, 37.61730m), ("Vienna", "AT", 48.20820m, 16.37380m),
    ];

    private long ActorCount => Math.Max(200, eventCount / 100);
    private long SourceCount => Math.Max(100, eventCount / 50);
    private long StanceCount => eventCount / 2;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        // As the superuser, with session_replication_role = replica: no triggers fire, neither the
        // citation quote check (the generated offsets are correct by construction, and checked on a
        // sample afterwards) nor the foreign-key checks (every reference points at a generated row).
        // Secondary indexes are dropped for the load and rebuilt after it: much faster than
        // maintaining them row by row.
        await using var connection = new NpgsqlConnection(database.Admin);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SET session_replication_role = replica; SET maintenance_work_mem = '512MB'", cancellationToken: cancellationToken));
        var indexes = (await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename IN ('events', 'stances', 'citations')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """, cancellationToken: cancellationToken))).AsList();
        foreach (var index in indexes)
            await connection.ExecuteAsync(new CommandDefinition($"DROP INDEX public.\"{index.Name}\"", cancellationToken: cancellationToken));

        var random = new Random(20180130);
        var tracks = await LoadTracksAsync(connection, cancellationToken);
        await Timed("actors", () => LoadActorsAsync(connection, random, cancellationToken));
        var bodies = await Timed("sources", () => LoadSourcesAsync(connection, random, cancellationToken));
        await Timed("events + citations", () => LoadEventsAsync(connection, random, tracks, bodies, cancellationToken));
        await Timed("stances + citations", () => LoadStancesAsync(connection, random, bodies, cancellationToken));

        await Timed("indexes", async () =>
        {
            foreach (var index in indexes)
                await connection.ExecuteAsync(new CommandDefinition(index.Definition, commandTimeout: 0, cancellationToken: cancellationToken));
            return 0;
        });
        // The summaries the migrations keep (stance_tallies), over the synthetic rows.
        await Timed("derived data", async () =>
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT refresh_derived_data()", commandTimeout: 0, cancellationToken: cancellationToken));
            return 0;
        });
        await Timed("vacuum analyze", async () =>
        {
            await connection.ExecuteAsync(new CommandDefinition("VACUUM (ANALYZE)", commandTimeout: 0, cancellationToken: cancellationToken));
            return 0;
        });
        var misplaced = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT count(*) FROM (SELECT * FROM citations TABLESAMPLE SYSTEM (1)) c JOIN sources s ON s.id = c.source_id
            WHERE substr(s.body, c.start_offset + 1, c.length) IS DISTINCT FROM c.quote
            """, commandTimeout: 0, cancellationToken: cancellationToken));
        if (misplaced > 0) throw new InvalidOperationException($"{misplaced} sampled citations do not match their source text.");
    }

    private async Task<T> Timed<T>(string step, Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        await log.WriteLineAsync($"  {step}: {clock.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    /// <summary>The three real tracks first (they dominate), then synthetic ones; returns the skewed draw order.</summary>
    private static async Task<string[]> LoadTracksAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var synthetic = Enumerable.Range(1, SyntheticTracks).Select(i => $"track-{i:D3}").ToArray();
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO tracks (slug, name, description)
            SELECT slug, 'Synthetic ' || slug, 'A synthetic track for scale tests.' FROM unnest(@slugs::text[]) AS slug
            """, new { slugs = synthetic }, cancellationToken: cancellationToken));
        return ["sochi", "geneva", "astana", .. synthetic];
    }

    private async Task<long> LoadActorsAsync(NpgsqlConnection connection, Random random, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY actors (id, name, kind, country_code, description) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (long i = 0; i < ActorCount; i++)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(ActorId(i), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync($"Synthetic actor {i}", NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(ActorKinds[random.Next(ActorKinds.Length)], NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(Places[random.Next(Places.Length)].Country, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(SyntheticText.Sentence(random, 120), NpgsqlDbType.Text, cancellationToken);
        }
        return (long)await copy.CompleteAsync(cancellationToken);
    }

    private async Task<string[]> LoadSourcesAsync(NpgsqlConnection connection, Random random, CancellationToken cancellationToken)
    {
        var bodies = new string[SourceCount];
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        for (var i = 0; i < bodies.Length; i++)
        {
            bodies[i] = SyntheticText.Sentence(random, 3000 + random.Next(2000));
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(SourceId(i), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync($"synthetic/{SourceId(i)}.txt", NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(SyntheticText.Sentence(random, 70), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync("Synthetic Wire", NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync("synthetic", NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(RandomDay(random), NpgsqlDbType.Date, cancellationToken);
            await copy.WriteAsync("day", NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync("synthetic", NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(bodies[i], NpgsqlDbType.Text, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
        return bodies;
    }

    private async Task<long> LoadEventsAsync(NpgsqlConnection connection, Random random, string[] tracks, string[] bodies,
        CancellationToken cancellationToken)
    {
        // sochi, geneva, astana first in rank: with exponent 1.1 over 63 tracks they take ~55%.
        var trackSkew = new Skew(tracks.Length, 1.1);
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision,
                         place, country_code, latitude, longitude)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (long i = 0; i < eventCount; i++)
            {
                var dated = random.Next(50) != 0;
                var start = RandomDay(random);
                var place = Places[random.Next(Places.Length)];
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(EventId(i), NpgsqlDbType.Text, cancellationToken);
                if (random.Next(33) == 0) await copy.WriteNullAsync(cancellationToken);
                else await copy.WriteAsync(tracks[trackSkew.Next(random)], NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(EventKinds[random.Next(EventKinds.Length)], NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(SyntheticText.Sentence(random, 40 + random.Next(60)), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(SyntheticText.Sentence(random, 150 + random.Next(250)), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(Statuses[random.Next(Statuses.Length)], NpgsqlDbType.Text, cancellationToken);
                if (dated)
                {
                    await copy.WriteAsync(start, NpgsqlDbType.Date, cancellationToken);
                    await copy.WriteAsync(start.AddDays(random.Next(3)), NpgsqlDbType.Date, cancellationToken);
                    await copy.WriteAsync("day", NpgsqlDbType.Text, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                    await copy.WriteNullAsync(cancellationToken);
                    await copy.WriteNullAsync(cancellationToken);
                }
                await copy.WriteAsync(place.Place, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(place.Country, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(place.Lat, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(place.Lon, NpgsqlDbType.Numeric, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        return await LoadCitationsAsync(connection, random, bodies, "event_id", eventCount, EventId, cancellationToken);
    }

    private async Task<long> LoadStancesAsync(NpgsqlConnection connection, Random random, string[] bodies,
        CancellationToken cancellationToken)
    {
        var actorSkew = new Skew((int)ActorCount, 1.0);
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY stances (id, actor_id, kind, polarity, target_event_id, stated_on, stated_precision, summary)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (long i = 0; i < StanceCount; i++)
            {
                var (kind, polarity) = StanceKinds[random.Next(StanceKinds.Length)];
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(StanceId(i), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(ActorId(actorSkew.Next(random)), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(kind, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(polarity, NpgsqlDbType.Smallint, cancellationToken);
                await copy.WriteAsync(EventId(random.NextInt64(eventCount)), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(RandomDay(random), NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync("day", NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(SyntheticText.Sentence(random, 80 + random.Next(120)), NpgsqlDbType.Text, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        return await LoadCitationsAsync(connection, random, bodies, "stance_id", StanceCount, StanceId, cancellationToken);
    }

    /// <summary>One citation per row of the cited table: a real substring of a random source, at its offset.</summary>
    private static async Task<long> LoadCitationsAsync(NpgsqlConnection connection, Random random, string[] bodies,
        string column, long count, Func<long, string> idOf, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY citations (source_id, start_offset, length, quote, {column}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (long i = 0; i < count; i++)
        {
            var source = random.Next(bodies.Length);
            var length = 60 + random.Next(140);
            var offset = random.Next(bodies[source].Length - length);
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(SourceId(source), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(offset, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(length, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(bodies[source].Substring(offset, length), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(idOf(i), NpgsqlDbType.Text, cancellationToken);
        }
        return (long)await copy.CompleteAsync(cancellationToken);
    }

    private static DateOnly RandomDay(Random random) => FirstDay.AddDays(random.Next(DaySpan));
    private static string EventId(long i) => $"ev-{i:D8}";
    private static string StanceId(long i) => $"st-{i:D8}";
    private static string ActorId(long i) => $"actor-{i:D6}";
    private static string SourceId(long i) => $"src-{i:D6}";
}
