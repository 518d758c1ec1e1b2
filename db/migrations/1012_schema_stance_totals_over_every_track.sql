-- GET /stats/stances?groupBy=actor (no track): the rows over every stance are read largest first, a
-- page at a time. Their track is null, so stance_group_totals_order (1009) gave them in order only
-- after a sort of every actor's row: 370 ms per request at 10M events (100,000 actors), and 46
-- non-2xx at 64 connections. This index holds them in the order asked.
-- derived data: no rows change
CREATE INDEX stance_group_totals_every_track ON stance_group_totals (group_by, stances DESC, key) WHERE every_track;
CREATE INDEX stance_month_totals_every_track ON stance_month_totals (group_by, period, stances DESC, key) WHERE every_track;
