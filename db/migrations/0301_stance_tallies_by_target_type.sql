-- The stance tallies again, now with each stance's target type (0300): GET /stats/stances counts
-- actors by their position toward a track, and only stances toward an event or a track decide a
-- position, never those toward another actor or another actor's participation (PRODUCT.md,
-- "Stances and positions"). The monthly tallies read the daily ones, so both are rebuilt; the
-- monthly one keeps its columns. refresh_derived_data() is unchanged and fills both after this script.

DROP MATERIALIZED VIEW stance_tallies_by_month;
DROP MATERIALIZED VIEW stance_tallies;

-- Since 0300 a stance has one target, so at most one track: its target track, or its target event's.
CREATE MATERIALIZED VIEW stance_tallies AS
SELECT ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[s.target_track_slug::text, e.track_slug::text]) AS x
             WHERE x IS NOT NULL ORDER BY x) AS tracks,
       s.actor_id, s.kind, s.polarity, s.stated_on, s.target_type,
       count(*)::integer AS stances
FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
GROUP BY 1, 2, 3, 4, 5, 6
WITH NO DATA;

CREATE INDEX stance_tallies_tracks ON stance_tallies USING gin (tracks);
CREATE INDEX stance_tallies_stated_on ON stance_tallies (stated_on);

CREATE MATERIALIZED VIEW stance_tallies_by_month AS
SELECT tracks, kind, polarity, date_trunc('month', stated_on)::date AS month, sum(stances)::integer AS stances
FROM stance_tallies
GROUP BY 1, 2, 3, 4
WITH NO DATA;
