-- GET /events?track=:track&cursor=... when the cursor is in the undated tail (its date is the
-- 'infinity' sentinel): Http/Queries/DateKeyset.cs writes the keyset as an equality and an id range.
SELECT e.id, e.track_slug AS track, e.kind, e.title, e.summary, e.status, e.start_date, e.end_date, e.date_precision, e.place, e.country_code, e.latitude, e.longitude, e.parent_event_id FROM events e WHERE TRUE AND e.track_slug = :track AND coalesce(e.start_date, 'infinity'::date) = 'infinity'::date AND e.id > :after_id ORDER BY coalesce(e.start_date, 'infinity'::date), e.id LIMIT :take;
