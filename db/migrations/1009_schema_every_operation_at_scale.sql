-- Every operation at 1M and 10M events (issue 22). At 1M, GET /tracks/sochi/positions sent 3.8 MB
-- in 1.6 s, /stances?q=boycott hit the 5 s statement timeout and /stats/stances answered in
-- 0.5-0.8 s per request under load. What those requests computed per request is kept here with the
-- dataset instead, refreshed by refresh_derived_data() inside every migration's transaction (like
-- stance_tallies and track_positions), so it changes together with the dataset version. No data changes.
--
-- The cost is paid once per migration: at 10M events the refresh rebuilds every view below
-- (docs/scaling.md gives the time).

-- GET /stances in date order without an actor (any filter but actor, q included): the walk in
-- date order that the (actor, sort key, id) index of 0200 gives one actor.
CREATE INDEX stances_sort_key ON stances (coalesce(stated_on, 'infinity'::date), id);

-- Full-text documents: what q searches, as one tsvector per row, with a GIN index. The text is the
-- one q always searched (stances: the summary and every quote citing the stance; events: the title,
-- the summary and every quote citing the event), quotes in citation order.
CREATE MATERIALIZED VIEW stance_documents AS
SELECT s.id::text AS stance_id,
       to_tsvector('english', s.summary || ' ' || coalesce(q.quotes, '')) AS document
FROM stances s
LEFT JOIN (SELECT c.stance_id, string_agg(c.quote, ' ' ORDER BY c.id) AS quotes
           FROM citations c WHERE c.stance_id IS NOT NULL GROUP BY c.stance_id) q ON q.stance_id = s.id
WITH NO DATA;
CREATE UNIQUE INDEX stance_documents_stance ON stance_documents (stance_id);
CREATE INDEX stance_documents_search ON stance_documents USING gin (document);

CREATE MATERIALIZED VIEW event_documents AS
SELECT e.id::text AS event_id,
       to_tsvector('english', e.title || ' ' || e.summary || ' ' || coalesce(q.quotes, '')) AS document
FROM events e
LEFT JOIN (SELECT c.event_id, string_agg(c.quote, ' ' ORDER BY c.id) AS quotes
           FROM citations c WHERE c.event_id IS NOT NULL GROUP BY c.event_id) q ON q.event_id = e.id
WITH NO DATA;
CREATE UNIQUE INDEX event_documents_event ON event_documents (event_id);
CREATE INDEX event_documents_search ON event_documents USING gin (document);

-- Each actor's position toward each track, as coded (rollup false) and rolled up to the tops of its
-- organ chains (rollup true): the rows of GET /tracks/{id}/positions, the counts of GET /tracks/{id}
-- and the positions of GET /stats/stances, all from these rows. The rule is position_of (1008).
-- position_rank orders the rows as the Position vocabulary does (for, against, neutral, mixed); a
-- page is an index range of (track, rollup, position_rank, actor_name, actor_id). stance_ids holds
-- the latest 100 stances behind a position (oldest first), stance_count all of them: at 1M events
-- the dominant actor has 12,000 stances toward sochi, and one row must not be a megabyte.
DROP MATERIALIZED VIEW track_positions;
CREATE MATERIALIZED VIEW track_positions AS
WITH toward AS (
    SELECT st.track::text AS track, s.id::text AS stance_id, s.actor_id::text AS actor_id,
           s.kind::text AS kind, s.polarity, s.stated_on
    FROM stances s JOIN stance_tracks st ON st.stance_id = s.id
    WHERE s.target_type IN ('event', 'track')),
involved AS (SELECT ARRAY(SELECT DISTINCT actor_id FROM toward) AS ids),
holder AS (
    SELECT false AS rollup, h.actor_id, h.holder_id FROM involved i, actor_holders(i.ids, false) h
    UNION ALL
    SELECT true, h.actor_id, h.holder_id FROM involved i, actor_holders(i.ids, true) h),
dated AS (
    SELECT h.rollup, h.holder_id, t.*,
           max(t.stated_on) OVER (PARTITION BY h.rollup, t.track, h.holder_id) AS last_on,
           row_number() OVER (PARTITION BY h.rollup, t.track, h.holder_id ORDER BY t.stated_on DESC, t.stance_id DESC) AS recency
    FROM toward t JOIN holder h ON h.actor_id = t.actor_id),
positions AS (
    SELECT d.rollup, d.track, d.holder_id AS actor_id,
           position_of(min(d.polarity) FILTER (WHERE d.stated_on = d.last_on),
                       max(d.polarity) FILTER (WHERE d.stated_on = d.last_on)) AS position,
           array_agg(d.stance_id ORDER BY d.stance_id) FILTER (WHERE d.stated_on = d.last_on) AS deciding_stance_ids,
           min(d.stated_on) AS first_stated_on, max(d.stated_on) AS last_stated_on,
           count(*) AS stance_count,
           array_agg(d.stance_id ORDER BY d.stated_on, d.stance_id) FILTER (WHERE d.recency <= 100) AS stance_ids,
           array_agg(DISTINCT d.actor_id ORDER BY d.actor_id) AS stated_by_actor_ids,
           -- The kinds and polarities of the stances that decide it, for grouping by kind or polarity.
           array_agg(DISTINCT d.kind ORDER BY d.kind) FILTER (WHERE d.stated_on = d.last_on) AS kinds,
           array_agg(DISTINCT d.polarity ORDER BY d.polarity) FILTER (WHERE d.stated_on = d.last_on) AS polarities
    FROM dated d
    GROUP BY d.rollup, d.track, d.holder_id)
-- Names and ids in byte order (COLLATE "C"), the same in every database whatever its locale, so the
-- API orders an event's rows in memory exactly as the index orders a track's.
SELECT p.rollup, p.track, p.actor_id COLLATE "C" AS actor_id, a.name::text COLLATE "C" AS actor_name, p.position,
       array_position(ARRAY['for', 'against', 'neutral', 'mixed'], p.position)::smallint AS position_rank,
       p.deciding_stance_ids, p.first_stated_on, p.last_stated_on, p.stance_count, p.stance_ids,
       p.stated_by_actor_ids, p.kinds, p.polarities
FROM positions p JOIN actors a ON a.id = p.actor_id
WITH NO DATA;
CREATE UNIQUE INDEX track_positions_page ON track_positions (track, rollup, position_rank, actor_name, actor_id);
CREATE INDEX track_positions_actor ON track_positions (actor_id, rollup, track);

-- GET /tracks and /tracks/{id}: each track's events (count and span) and stances per kind.
CREATE MATERIALIZED VIEW track_summaries AS
SELECT t.slug::text AS track, count(e.id) AS event_count, min(e.start_date) AS first_date,
       max(coalesce(e.end_date, e.start_date)) AS last_date
FROM tracks t LEFT JOIN events e ON e.track_slug = t.slug
GROUP BY t.slug
WITH NO DATA;
CREATE UNIQUE INDEX track_summaries_track ON track_summaries (track);

CREATE MATERIALIZED VIEW track_stance_kinds AS
SELECT st.track::text AS track, s.kind::text AS kind, count(*) AS stances
FROM stances s JOIN stance_tracks st ON st.stance_id = s.id
GROUP BY 1, 2
WITH NO DATA;
CREATE UNIQUE INDEX track_stance_kinds_track ON track_stance_kinds (track, kind);

-- GET /stats/stances without a kind, polarity, actor or date filter and without a bucket: each
-- group's stance count and positions, per track (every_track false; track null: stances without a
-- track) and over every stance (every_track true, track null). A stance has at most one track
-- (0300), so the counts of several tracks add up; a position is one (track, actor), so they do too.
CREATE MATERIALIZED VIEW stance_group_totals AS
WITH tallies AS (
    SELECT s.tracks[1]::text AS track, s.actor_id::text AS actor_id, s.kind::text AS kind, s.polarity, s.stances
    FROM stance_tallies s),
counts AS (
    SELECT false AS every_track, t.track, 'track' AS group_by, t.track AS key, sum(t.stances) AS stances FROM tallies t GROUP BY t.track
    UNION ALL SELECT false, t.track, 'actor', t.actor_id, sum(t.stances) FROM tallies t GROUP BY t.track, t.actor_id
    UNION ALL SELECT false, t.track, 'kind', t.kind, sum(t.stances) FROM tallies t GROUP BY t.track, t.kind
    UNION ALL SELECT false, t.track, 'polarity', t.polarity::text, sum(t.stances) FROM tallies t GROUP BY t.track, t.polarity
    UNION ALL SELECT true, NULL, 'actor', t.actor_id, sum(t.stances) FROM tallies t GROUP BY t.actor_id
    UNION ALL SELECT true, NULL, 'kind', t.kind, sum(t.stances) FROM tallies t GROUP BY t.kind
    UNION ALL SELECT true, NULL, 'polarity', t.polarity::text, sum(t.stances) FROM tallies t GROUP BY t.polarity),
held AS (
    SELECT p.track, 'track' AS group_by, p.track AS key, p.position FROM track_positions p WHERE NOT p.rollup
    UNION ALL SELECT p.track, 'actor', p.actor_id, p.position FROM track_positions p WHERE NOT p.rollup
    UNION ALL SELECT p.track, 'kind', k.kind, p.position FROM track_positions p CROSS JOIN LATERAL unnest(p.kinds) AS k(kind) WHERE NOT p.rollup
    UNION ALL SELECT p.track, 'polarity', k.polarity::text, p.position FROM track_positions p CROSS JOIN LATERAL unnest(p.polarities) AS k(polarity) WHERE NOT p.rollup),
positions AS (
    SELECT false AS every_track, h.track, h.group_by, h.key, h.position FROM held h
    UNION ALL SELECT true, NULL, h.group_by, h.key, h.position FROM held h WHERE h.group_by <> 'track'),
position_counts AS (
    SELECT p.every_track, p.track, p.group_by, p.key,
           count(*) FILTER (WHERE p.position = 'for') AS "for",
           count(*) FILTER (WHERE p.position = 'against') AS against,
           count(*) FILTER (WHERE p.position = 'neutral') AS neutral,
           count(*) FILTER (WHERE p.position = 'mixed') AS mixed
    FROM positions p GROUP BY 1, 2, 3, 4)
SELECT c.every_track, c.track, c.group_by, c.key, c.stances,
       coalesce(p."for", 0) AS "for", coalesce(p.against, 0) AS against,
       coalesce(p.neutral, 0) AS neutral, coalesce(p.mixed, 0) AS mixed
FROM counts c
-- Joined on '' for null (no track, or the no-track group), which a hash join can use.
LEFT JOIN position_counts p ON p.every_track = c.every_track AND coalesce(p.track, '') = coalesce(c.track, '')
                           AND p.group_by = c.group_by AND coalesce(p.key, '') = coalesce(c.key, '')
WITH NO DATA;
CREATE INDEX stance_group_totals_order ON stance_group_totals (group_by, every_track, track, stances DESC, key);

-- GET /stats/events: events per track and start day, and per track and month; a range is read as
-- its whole months from the monthly tallies and the days at either end from the daily ones, as
-- GET /stats/stances reads the stance tallies (0202). Counting the events per request took 1.2 s at 1M.
CREATE MATERIALIZED VIEW event_tallies AS
SELECT e.track_slug::text AS track, e.start_date, count(*) AS events
FROM events e WHERE e.start_date IS NOT NULL
GROUP BY 1, 2
WITH NO DATA;
CREATE INDEX event_tallies_start_date ON event_tallies (start_date);

CREATE MATERIALIZED VIEW event_tallies_by_month AS
SELECT t.track, date_trunc('month', t.start_date)::date AS month, sum(t.events)::bigint AS events
FROM event_tallies t
GROUP BY 1, 2
WITH NO DATA;
CREATE INDEX event_tallies_by_month_month ON event_tallies_by_month (month);

CREATE OR REPLACE FUNCTION refresh_derived_data() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW stance_tallies;
    REFRESH MATERIALIZED VIEW stance_tallies_by_month;
    REFRESH MATERIALIZED VIEW track_positions;
    REFRESH MATERIALIZED VIEW stance_group_totals;
    REFRESH MATERIALIZED VIEW track_summaries;
    REFRESH MATERIALIZED VIEW track_stance_kinds;
    REFRESH MATERIALIZED VIEW event_tallies;
    REFRESH MATERIALIZED VIEW event_tallies_by_month;
    REFRESH MATERIALIZED VIEW stance_documents;
    REFRESH MATERIALIZED VIEW event_documents;
    -- A refresh leaves no statistics, and q's plan depends on how common a word is: the GIN index
    -- for a rare one, the date-ordered walk for a common one.
    ANALYZE stance_documents;
    ANALYZE event_documents;
    ANALYZE track_positions;
    ANALYZE stance_group_totals;
END
$$;
