-- Each actor's holders kept with the dataset: the rows of actor_holders() (1008) for every actor,
-- as coded (rollup false: itself) and rolled up (rollup true: the tops of its organ chains). The rule
-- stays in actor_holders(); this is its answer, refreshed with the rest of the derived data.
-- Why kept: the positions of one event and the roles beside a page of positions called the function
-- per request. Called with a sub-select PostgreSQL 15 does not inline it and plans its body again
-- on every call; called per actor it is inlined, but its recursion makes every statement slow to
-- plan (1.3 ms against 0.5 ms before issue 18, EXPLAIN at 1M), and the roles statement never settles
-- on a generic plan. An index lookup plans in a fraction of that. docs/performance.md, issue 18.
-- No data changes.

CREATE MATERIALIZED VIEW actor_holder_rows AS
SELECT false AS rollup, h.actor_id, h.holder_id FROM actor_holders(ARRAY(SELECT a.id::text FROM actors a), false) h
UNION ALL
SELECT true, h.actor_id, h.holder_id FROM actor_holders(ARRAY(SELECT a.id::text FROM actors a), true) h
WITH NO DATA;
CREATE UNIQUE INDEX actor_holder_rows_key ON actor_holder_rows (actor_id, rollup, holder_id);

COMMENT ON MATERIALIZED VIEW actor_holder_rows IS 'actor_holders() for every actor, with rollup false and true; kept by refresh_derived_data().';

CREATE OR REPLACE FUNCTION refresh_derived_data() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW actor_holder_rows;
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
    ANALYZE stance_documents;
    ANALYZE event_documents;
    ANALYZE track_positions;
    ANALYZE stance_group_totals;
    ANALYZE stance_month_totals;
END
$$;
