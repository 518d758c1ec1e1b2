-- Stance counts for GET /stats/stances, computed once per dataset version instead of per request.
-- Counting every stance joined to its target event took 2.5 s at 1M events and 25 s at 10M, past
-- the read-only role's 5 s statement timeout under load. The tallies keep every dimension the
-- endpoint filters or groups by (tracks, actor, kind, polarity, day), so each answer is exact; a
-- row stands for all stances that agree on them.
--
-- The data changes through migrations only, and the migrator appends a call to
-- refresh_derived_data() to every script (DatabaseMigrator.RefreshDerivedData), inside that
-- script's transaction: the tallies and the dataset version (the journal) change together, and a
-- later article's stances are counted without its author doing anything.

-- A stance's tracks: its target track and its target event's track, sorted, without nulls.
CREATE MATERIALIZED VIEW stance_tallies AS
SELECT ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[s.target_track_slug::text, e.track_slug::text]) AS x
             WHERE x IS NOT NULL ORDER BY x) AS tracks,
       s.actor_id, s.kind, s.polarity, s.stated_on,
       count(*)::integer AS stances
FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
GROUP BY 1, 2, 3, 4, 5
WITH NO DATA;

CREATE INDEX stance_tallies_tracks ON stance_tallies USING gin (tracks);

-- Every table derived from the data, brought up to date. Called after each migration script.
CREATE FUNCTION refresh_derived_data() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW stance_tallies;
END
$$;
