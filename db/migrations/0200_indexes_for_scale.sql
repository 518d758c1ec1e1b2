-- Indexes for millions of coded events. The list endpoints page by keyset on
-- (coalesce(date, 'infinity'), id) within a track or an actor; an index on exactly that
-- expression lets page N start with an index seek instead of sorting the whole track.
-- Adding indexes changes no data, so the real dataset reads the same.

CREATE INDEX events_track_sort_key ON events (track_slug, coalesce(start_date, 'infinity'::date), id);
CREATE INDEX events_sort_key ON events (coalesce(start_date, 'infinity'::date), id);
CREATE INDEX stances_actor_sort_key ON stances (actor_id, coalesce(stated_on, 'infinity'::date), id);
-- The first quote of each stance (GET /stances) and the citations of an actor or alias.
CREATE INDEX citations_actor ON citations (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX stances_speaker ON stances (speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX events_parent ON events (parent_event_id) WHERE parent_event_id IS NOT NULL;
