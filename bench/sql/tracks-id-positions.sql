-- GET /tracks/:track/positions (first page): PositionQueries.ForTrackAsync, read from track_positions (1009); the roles of the page's actors follow as a second statement (none in synthetic data).
SELECT EXISTS (SELECT 1 FROM tracks WHERE slug = :track);
SELECT p.actor_id, p.actor_name, p.position, p.deciding_stance_ids, p.first_stated_on, p.last_stated_on, p.stance_count, p.stance_ids, p.stated_by_actor_ids FROM track_positions p WHERE p.track = :track AND p.rollup = false AND TRUE ORDER BY p.position_rank, p.actor_name, p.actor_id LIMIT :take;
