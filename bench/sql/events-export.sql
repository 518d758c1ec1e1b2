-- GET /events.csv?track=:track: EventQueries.StreamAsync reads every row of the track in
-- keyset batches of 2000 (:take); this is one batch, from the start. A full export is
-- ceil(rows / 2000) of them: the report divides pgbench's rate by that count. The last batches,
-- in the undated tail, use the tail's keyset (events-deep-tail.sql); they are not measured apart.
SELECT e.id, e.track_slug AS track, e.kind, e.title, e.summary, e.status, e.start_date, e.end_date, e.date_precision, e.place, e.country_code, e.latitude, e.longitude, e.parent_event_id FROM events e WHERE TRUE AND e.track_slug = :track ORDER BY coalesce(e.start_date, 'infinity'::date), e.id LIMIT :take;
