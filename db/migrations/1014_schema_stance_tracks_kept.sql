-- A stance's track kept with the dataset: stance_track_rows, the rows of the stance_tracks view
-- (1008), where the rule stays defined. Through the view, the track filter of /stances
-- (EXISTS ... stance_tracks) was planned as a hash join over every stance of the track and a sort:
-- the view's rows carry no statistics. 120-164 ms for the first page of sochi at 100k, 1.9-2.2 s at
-- 1M. With the rows kept and analysed, the planner walks the stances in page order and probes these
-- by stance: 1.8 ms and 4.6 ms (EXPLAIN ANALYZE, docs/performance.md, issue 18). The track filters of
-- /stances and /actors read it. refresh_derived_data() (last 1013) keeps it.
-- No data changes.

CREATE MATERIALIZED VIEW stance_track_rows AS
SELECT st.stance_id, st.track FROM stance_tracks st
WITH NO DATA;
CREATE UNIQUE INDEX stance_track_rows_key ON stance_track_rows (stance_id, track);
CREATE INDEX stance_track_rows_track ON stance_track_rows (track, stance_id);

COMMENT ON MATERIALIZED VIEW stance_track_rows IS 'stance_tracks (a stance''s track) as kept rows; kept by refresh_derived_data().';

CREATE OR REPLACE FUNCTION refresh_derived_data() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW actor_holder_rows;
    REFRESH MATERIALIZED VIEW stance_track_rows;
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
    ANALYZE actor_holder_rows;
    ANALYZE stance_track_rows;
    ANALYZE stance_documents;
    ANALYZE event_documents;
    ANALYZE track_positions;
    ANALYZE stance_group_totals;
    ANALYZE stance_month_totals;
END
$$;
