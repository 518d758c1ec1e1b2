-- GET /events?track=:track (first page): EventQueries.ListAsync with one track, no cursor.
SELECT e.id, e.track_slug AS track, e.kind, e.title, e.summary, e.status, e.start_date, e.end_date, e.date_precision, e.place, e.country_code, e.latitude, e.longitude, e.parent_event_id FROM events e WHERE TRUE AND e.track_slug = :track ORDER BY coalesce(e.start_date, 'infinity'::date), e.id LIMIT :take;
