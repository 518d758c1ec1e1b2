-- Event kinds for what a meeting produces, needed once articles report how the Sochi congress
-- ended (1002 on): until now an outcome had to be coded as a `meeting` or a `statement`, which
-- says nothing about what it is. docs/curation.md §5 ("Outcomes") gives the rules:
--   * final-statement: the text an event's participants adopt at its close (final statement,
--     communiqué, declaration); its parent_event_id is the event, its status `held` once adopted.
--   * decision: a decision an event takes (to form a committee, to refer a matter to the UN); a
--     body the decision creates is described in the decision (its size and how it is chosen are
--     claims, since sources state them differently), and becomes an actor only when an article
--     reports it acting or being acted on by name.
-- Nothing else changes; the API lists the new kinds wherever it lists event kinds.

INSERT INTO event_kinds (kind, definition) VALUES
    ('final-statement', 'A text adopted by an event''s participants at its close (final statement, communiqué, declaration).'),
    ('decision', 'A decision taken by an event or a body, such as forming a committee; what it creates is described in it.');
