-- One definition per rule, in the database, for every query that needs it (issue 18):
--   organ_of           the four organ relations: an organ counts for its whole
--   actor_holders()    who holds an actor's position: itself, or with rollup the top of its organ chain
--   stance_tracks      a stance's track: the track it targets, or the track of the event it targets
--   position_of()      the position rule: given the lowest and highest polarity of an actor's stances
--                      stated on its latest date, for, against or neutral, or mixed when they differ
-- Every query gives position_of the polarities of the latest-dated stances alone, as
--   position_of(min(polarity) FILTER (WHERE stated_on = last_on), max(polarity) FILTER (WHERE stated_on = last_on))
-- with last_on = max(stated_on) over the actor (and target). A custom aggregate doing both halved
-- the throughput of GET /tracks/{id}/positions at 100k events (a SQL call per row); position_of is
-- one expression, inlined by the planner.
-- track_positions (1000) is rebuilt on them; the API's queries select from them. No data changes.

CREATE VIEW organ_of AS
SELECT f.actor_id::text AS organ_id, f.parent_id::text AS whole_id
FROM actor_affiliations f
WHERE f.relation IN ('part-of', 'spokesperson-for', 'leader-of', 'official-of');

COMMENT ON VIEW organ_of IS 'An organ and its whole: part-of, spokesperson-for, leader-of, official-of. member-of and backed-by never roll up.';

CREATE FUNCTION actor_holders(actor_ids text[], rollup boolean)
RETURNS TABLE (actor_id text, holder_id text)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH RECURSIVE up(actor_id, holder_id) AS (
        SELECT a.id, a.id FROM unnest(actor_ids) AS a(id)
        UNION
        SELECT u.actor_id, o.whole_id FROM up u JOIN organ_of o ON o.organ_id = u.holder_id
        WHERE rollup)
    SELECT u.actor_id, u.holder_id FROM up u
    WHERE NOT rollup OR NOT EXISTS (SELECT 1 FROM organ_of o WHERE o.organ_id = u.holder_id)
$$;

COMMENT ON FUNCTION actor_holders(text[], boolean) IS 'Each actor with the actor holding its position: itself, or with rollup every top of its chain of organ relations (an organ of two wholes counts for both).';

-- A stance targets a track, an event, an actor or an actor's participation in an event (0300), so
-- the two branches never give one stance twice.
CREATE VIEW stance_tracks AS
SELECT s.id AS stance_id, s.target_track_slug AS track
FROM stances s WHERE s.target_track_slug IS NOT NULL
UNION ALL
SELECT s.id, e.track_slug
FROM stances s JOIN events e ON e.id = s.target_event_id
WHERE e.track_slug IS NOT NULL;

COMMENT ON VIEW stance_tracks IS 'A stance''s track: the track it targets, or the track of the event it targets.';

CREATE FUNCTION position_of(low smallint, high smallint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN low <> high THEN 'mixed' WHEN high > 0 THEN 'for' WHEN high < 0 THEN 'against' ELSE 'neutral' END
$$;

COMMENT ON FUNCTION position_of(smallint, smallint) IS 'The position rule: from the lowest and highest polarity of the stances stated on the latest date, for, against, neutral, or mixed when they disagree.';

DROP MATERIALIZED VIEW track_positions;

CREATE MATERIALIZED VIEW track_positions AS
WITH toward AS (
    SELECT g.track, s.actor_id::text AS actor_id, s.kind, s.polarity, s.stated_on,
           max(s.stated_on) OVER (PARTITION BY g.track, s.actor_id) AS last_on
    FROM stance_tallies s CROSS JOIN LATERAL unnest(s.tracks) AS g(track)
    WHERE s.target_type IN ('event', 'track'))
SELECT t.track, t.actor_id,
       position_of(min(t.polarity) FILTER (WHERE t.stated_on = t.last_on), max(t.polarity) FILTER (WHERE t.stated_on = t.last_on)) AS position,
       -- The kinds and polarities of the stances that decide it, for grouping by kind or polarity.
       array_agg(DISTINCT t.kind::text ORDER BY t.kind::text) FILTER (WHERE t.stated_on = t.last_on) AS kinds,
       array_agg(DISTINCT t.polarity ORDER BY t.polarity) FILTER (WHERE t.stated_on = t.last_on) AS polarities
FROM toward t
GROUP BY t.track, t.actor_id
WITH NO DATA;

CREATE INDEX track_positions_track ON track_positions (track);
