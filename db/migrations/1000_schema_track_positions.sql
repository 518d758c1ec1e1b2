-- Each actor's position toward each track, computed once per dataset version: what GET
-- /stats/stances counts when it is asked for every stance (no kind, polarity, date or actor
-- filter, no bucket). Computed per request from the daily tallies it took 120 ms at 100k events
-- (12x the stance counts beside it) and grows with the tallies; read from here it is an index-free
-- scan of one row per (track, actor). Filtered requests still compute positions from the tallies.
-- The rule is PRODUCT.md's: the latest stances toward the track or its events decide; stances that
-- disagree on that date make it mixed; stances toward an actor or a participation never count.

CREATE MATERIALIZED VIEW track_positions AS
WITH toward AS (
    SELECT g.track, s.actor_id::text AS actor_id, s.kind, s.polarity, s.stated_on
    FROM stance_tallies s CROSS JOIN LATERAL unnest(s.tracks) AS g(track)
    WHERE s.target_type IN ('event', 'track')),
latest AS (
    SELECT track, actor_id, max(stated_on) AS last_on FROM toward GROUP BY 1, 2)
SELECT t.track, t.actor_id,
       CASE WHEN min(t.polarity) <> max(t.polarity) THEN 'mixed'
            WHEN max(t.polarity) > 0 THEN 'for'
            WHEN max(t.polarity) < 0 THEN 'against'
            ELSE 'neutral' END AS position,
       -- The kinds and polarities of the stances that decide it, for grouping by kind or polarity.
       array_agg(DISTINCT t.kind::text ORDER BY t.kind::text) AS kinds,
       array_agg(DISTINCT t.polarity ORDER BY t.polarity) AS polarities
FROM toward t JOIN latest l ON l.track = t.track AND l.actor_id = t.actor_id AND l.last_on = t.stated_on
GROUP BY t.track, t.actor_id
WITH NO DATA;

CREATE INDEX track_positions_track ON track_positions (track);

CREATE OR REPLACE FUNCTION refresh_derived_data() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW stance_tallies;
    REFRESH MATERIALIZED VIEW stance_tallies_by_month;
    REFRESH MATERIALIZED VIEW track_positions;
END
$$;
