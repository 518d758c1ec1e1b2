-- One definition per rule, in the database, for every query that needs it (issue 18):
--   organ_of           the four organ relations: an organ counts for its whole
--   actor_holders()    who holds an actor's position: itself, or with rollup the top of its organ chain
--   stance_tracks      a stance's track: the track it targets, or the track of the event it targets
--   position_of()      the position a spread of polarities gives (for, against, neutral, mixed)
--   latest_position()  the position rule: the latest stated stances decide; disagreeing ones make it mixed
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

CREATE TYPE latest_polarities AS (last_on date, low smallint, high smallint);

CREATE FUNCTION latest_polarities_step(state latest_polarities, stated_on date, polarity smallint) RETURNS latest_polarities
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN state IS NULL OR stated_on > state.last_on THEN ROW(stated_on, polarity, polarity)::latest_polarities
        WHEN stated_on < state.last_on THEN state
        ELSE ROW(state.last_on, least(state.low, polarity), greatest(state.high, polarity))::latest_polarities END
$$;

CREATE FUNCTION latest_polarities_position(state latest_polarities) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT position_of(state.low, state.high)
$$;

CREATE AGGREGATE latest_position(stated_on date, polarity smallint) (
    SFUNC = latest_polarities_step,
    STYPE = latest_polarities,
    FINALFUNC = latest_polarities_position);

COMMENT ON AGGREGATE latest_position(date, smallint) IS 'The position rule: the stances stated on the latest date decide; if their polarities disagree the position is mixed.';

DROP MATERIALIZED VIEW track_positions;

CREATE MATERIALIZED VIEW track_positions AS
WITH toward AS (
    SELECT g.track, s.actor_id::text AS actor_id, s.kind, s.polarity, s.stated_on,
           max(s.stated_on) OVER (PARTITION BY g.track, s.actor_id) AS last_on
    FROM stance_tallies s CROSS JOIN LATERAL unnest(s.tracks) AS g(track)
    WHERE s.target_type IN ('event', 'track'))
SELECT t.track, t.actor_id,
       latest_position(t.stated_on, t.polarity) AS position,
       -- The kinds and polarities of the stances that decide it, for grouping by kind or polarity.
       array_agg(DISTINCT t.kind::text ORDER BY t.kind::text) FILTER (WHERE t.stated_on = t.last_on) AS kinds,
       array_agg(DISTINCT t.polarity ORDER BY t.polarity) FILTER (WHERE t.stated_on = t.last_on) AS polarities
FROM toward t
GROUP BY t.track, t.actor_id
WITH NO DATA;

CREATE INDEX track_positions_track ON track_positions (track);
