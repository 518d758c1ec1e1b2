-- Kept with the dataset for the operations 1009 left computing per request (issue 22).
--
-- GET /stats/stances?bucket=month (with any groupBy or none, with or without tracks, no other
-- filter): each month's groups, their stance counts and positions, kept with the dataset like the
-- unbucketed ones (stance_group_totals, 1009). Computed per request from the daily tallies, the
-- positions per month took 1.4 s at 100k events, so 64 dashboards at once exhausted the
-- connection pool. A position in a month is decided by the actor's latest stances in that month,
-- as the per-request computation decides it (StatsQueries.PositionsSql); by day or week, or with
-- a kind, polarity, actor or date filter, the counts are still computed per request.
-- group_by 'none' holds the rows of a bucket without groupBy (key null: "all stances").
--
-- No table's rows change here, so the refresh of every view after the script is skipped (at 10M
-- events it takes half an hour and would recompute what 1009 computed); the two views created
-- here are filled at the end, and refresh_derived_data() refreshes them after every later script.
-- derived data: no rows change
CREATE MATERIALIZED VIEW stance_month_totals AS
WITH tallies AS (
    SELECT s.tracks[1]::text AS track, s.actor_id::text AS actor_id, s.kind::text AS kind, s.polarity,
           date_trunc('month', s.stated_on)::date AS period, s.stances
    FROM stance_tallies s WHERE s.stated_on IS NOT NULL),
counts AS (
    SELECT false AS every_track, t.track, t.period, 'track' AS group_by, t.track AS key, sum(t.stances) AS stances FROM tallies t GROUP BY 2, 3
    UNION ALL SELECT false, t.track, t.period, 'none', NULL, sum(t.stances) FROM tallies t GROUP BY 2, 3
    UNION ALL SELECT false, t.track, t.period, 'actor', t.actor_id, sum(t.stances) FROM tallies t GROUP BY 2, 3, 5
    UNION ALL SELECT false, t.track, t.period, 'kind', t.kind, sum(t.stances) FROM tallies t GROUP BY 2, 3, 5
    UNION ALL SELECT false, t.track, t.period, 'polarity', t.polarity::text, sum(t.stances) FROM tallies t GROUP BY 2, 3, 5
    UNION ALL SELECT true, NULL, t.period, 'none', NULL, sum(t.stances) FROM tallies t GROUP BY 3
    UNION ALL SELECT true, NULL, t.period, 'actor', t.actor_id, sum(t.stances) FROM tallies t GROUP BY 3, 5
    UNION ALL SELECT true, NULL, t.period, 'kind', t.kind, sum(t.stances) FROM tallies t GROUP BY 3, 5
    UNION ALL SELECT true, NULL, t.period, 'polarity', t.polarity::text, sum(t.stances) FROM tallies t GROUP BY 3, 5),
toward AS (
    SELECT date_trunc('month', s.stated_on)::date AS period, g.track, s.actor_id::text AS actor_id,
           s.kind::text AS kind, s.polarity, s.stated_on,
           max(s.stated_on) OVER (PARTITION BY date_trunc('month', s.stated_on), g.track, s.actor_id) AS last_on
    FROM stance_tallies s CROSS JOIN LATERAL unnest(s.tracks) AS g(track)
    WHERE s.target_type IN ('event', 'track') AND s.stated_on IS NOT NULL),
decided AS (
    SELECT t.period, t.track, t.actor_id,
           position_of(min(t.polarity) FILTER (WHERE t.stated_on = t.last_on), max(t.polarity) FILTER (WHERE t.stated_on = t.last_on)) AS position,
           array_agg(DISTINCT t.kind) FILTER (WHERE t.stated_on = t.last_on) AS kinds,
           array_agg(DISTINCT t.polarity) FILTER (WHERE t.stated_on = t.last_on) AS polarities
    FROM toward t GROUP BY 1, 2, 3),
held AS (
    SELECT d.period, d.track, 'track' AS group_by, d.track AS key, d.position FROM decided d
    UNION ALL SELECT d.period, d.track, 'none', NULL, d.position FROM decided d
    UNION ALL SELECT d.period, d.track, 'actor', d.actor_id, d.position FROM decided d
    UNION ALL SELECT d.period, d.track, 'kind', k.kind, d.position FROM decided d CROSS JOIN LATERAL unnest(d.kinds) AS k(kind)
    UNION ALL SELECT d.period, d.track, 'polarity', k.polarity::text, d.position FROM decided d CROSS JOIN LATERAL unnest(d.polarities) AS k(polarity)),
positions AS (
    SELECT false AS every_track, h.track, h.period, h.group_by, h.key, h.position FROM held h
    UNION ALL SELECT true, NULL, h.period, h.group_by, h.key, h.position FROM held h WHERE h.group_by <> 'track'),
position_counts AS (
    SELECT p.every_track, p.track, p.period, p.group_by, p.key,
           count(*) FILTER (WHERE p.position = 'for') AS "for",
           count(*) FILTER (WHERE p.position = 'against') AS against,
           count(*) FILTER (WHERE p.position = 'neutral') AS neutral,
           count(*) FILTER (WHERE p.position = 'mixed') AS mixed
    FROM positions p GROUP BY 1, 2, 3, 4, 5)
SELECT c.every_track, c.track, c.period, c.group_by, c.key, c.stances,
       coalesce(p."for", 0) AS "for", coalesce(p.against, 0) AS against,
       coalesce(p.neutral, 0) AS neutral, coalesce(p.mixed, 0) AS mixed
FROM counts c
-- Joined on '' for null (no track, the no-track group, group_by none), which a hash join can use.
LEFT JOIN position_counts p ON p.every_track = c.every_track AND coalesce(p.track, '') = coalesce(c.track, '')
                           AND p.period = c.period AND p.group_by = c.group_by AND coalesce(p.key, '') = coalesce(c.key, '')
WITH NO DATA;
CREATE INDEX stance_month_totals_order ON stance_month_totals (group_by, every_track, track, period, stances DESC, key);

-- GET /meta: the dataset's counts, kept with it (counting 10M events and 15M citations per
-- request took seconds).
CREATE MATERIALIZED VIEW dataset_counts AS
SELECT (SELECT count(*) FROM sources) AS sources,
       (SELECT count(*) FROM actors) AS actors,
       (SELECT count(*) FROM actor_aliases) AS aliases,
       (SELECT count(*) FROM events) AS events,
       (SELECT count(*) FROM event_participants) AS participants,
       (SELECT count(*) FROM stances) AS stances,
       (SELECT count(*) FROM claims) AS claims,
       (SELECT count(*) FROM claim_topics) AS claim_topics,
       (SELECT count(*) FROM citations) AS citations
WITH NO DATA;

-- GET /actors/{id}: the citations of an actor's aliases and affiliations, found by index (an OR over
-- three columns read every citation: 137 ms at 100k events), and its stance count, read from the
-- unbucketed totals.
CREATE INDEX citations_alias ON citations (alias_id) WHERE alias_id IS NOT NULL;
CREATE INDEX citations_affiliation ON citations (affiliation_id) WHERE affiliation_id IS NOT NULL;
CREATE INDEX stance_group_totals_actor ON stance_group_totals (key) WHERE group_by = 'actor' AND every_track;

CREATE OR REPLACE FUNCTION refresh_derived_data() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW stance_tallies;
    REFRESH MATERIALIZED VIEW stance_tallies_by_month;
    REFRESH MATERIALIZED VIEW track_positions;
    REFRESH MATERIALIZED VIEW stance_group_totals;
    REFRESH MATERIALIZED VIEW stance_month_totals;
    REFRESH MATERIALIZED VIEW track_summaries;
    REFRESH MATERIALIZED VIEW track_stance_kinds;
    REFRESH MATERIALIZED VIEW event_tallies;
    REFRESH MATERIALIZED VIEW event_tallies_by_month;
    REFRESH MATERIALIZED VIEW stance_documents;
    REFRESH MATERIALIZED VIEW event_documents;
    REFRESH MATERIALIZED VIEW dataset_counts;
    -- A refresh leaves no statistics, and q's plan depends on how common a word is: the GIN index
    -- for a rare one, the date-ordered walk for a common one.
    ANALYZE stance_documents;
    ANALYZE event_documents;
    ANALYZE track_positions;
    ANALYZE stance_group_totals;
    ANALYZE stance_month_totals;
END
$$;

REFRESH MATERIALIZED VIEW stance_month_totals;
REFRESH MATERIALIZED VIEW dataset_counts;
ANALYZE stance_month_totals;
