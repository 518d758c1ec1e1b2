-- Article 009_a743a630a91c8dfb.txt — The Syrian Observer, 1 February 2018 (inferred):
-- "Opposition rejects formation of constitutional committee to oversee reforms" (the address's
-- words; the excerpt has no headline). An excerpt: the first 1,964 characters as the stored
-- public copy serves them, cut mid-word ("the i"); text_complete = false. A translation ("This
-- article was translated and edited by The Syrian Observer").
--
-- What it adds: the other reading of Hariri's Istanbul news conference (1005): the opposition
-- "rejected the decision ... to form a committee" and "We will not accept the formation of a
-- constitutional committee in Sochi" (rejects, −1, toward the decision). With 1005's
-- conditional stance of the same day, the SNC's position toward the committee is `mixed`: the
-- sources disagree on what one statement meant, and both are kept. Also the SNC's commitment to
-- resolution 2254 (Geneva) and its accusation of Russia.
--
-- Judgement calls (docs/curation.md §2 "Dating an undated excerpt", §5 "Outcomes", §8):
--   * Publication date: not printed, nor in the address. It reports Hariri's news conference in
--     Istanbul, which 1005 dates to 1 February 2018 → 2018-02-01, approximate ("no earlier than").
--   * One statement, one date: the stances are dated by the news conference (2018-02-01, day),
--     stated at hariri-press-conference-2018-02-01.
--   * "the head of the opposition High Negotiations Committee, Nasr al-Hariri": the SNC (the HNC's
--     later name, §4) and its head; cited on 1005's actor and leader-of rows.
--   * "We are committed to what the international resolution stipulated ... this track" is a
--     commitment to the UN-led process under resolution 2254: commits-to, +1, toward `geneva`.
--   * Left out: "this conference [Sochi] to happen one time without turning into a track
--     parallel to ... Geneva" (a wish about Sochi's future, not a new position on the congress,
--     which the SNC boycotted: coding it as conditional would make its latest position toward
--     the congress neutral); the calls for a cease-fire, aid, a transitional body and prisoners'
--     release (no event or actor in the dataset they target).

-- Source: 009_a743a630a91c8dfb.txt (https://syrianobserver.com/foreign-actors/opposition_rejects_formation_constitutional_committee_to_oversee_reforms.html), an excerpt (text_complete = false).
-- Inserted by `curate new-source`; the body is the file, byte for byte. Fill in every NULL marked FILL IN.
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body, url, text_complete)
VALUES ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', '009_a743a630a91c8dfb.txt',
        'Opposition rejects formation of constitutional committee to oversee reforms', 'The Syrian Observer',
        'Named in the text: "This article was translated and edited by The Syrian Observer"; the title is the address''s words (syrianobserver.com/…/opposition_rejects_formation_constitutional_committee_to_oversee_reforms).',
        DATE '2018-02-01', 'approximate',
        'Not printed. No earlier than Hariri''s news conference in Istanbul that it reports, dated 1 February 2018 by The Jerusalem Post (Reuters).',
        $article$The Syrian opposition announced it rejected the decision by Sochi participants to form a committee on constitutional reform, meanwhile calling for a cease-fire and for sending humanitarian aid to besieged areas to serve the Geneva political process.
The Syrian National Dialogue conference in the Russian city of Sochi concluded its proceedings on Tuesday with an agreement to form a “committee to formulate constitutional reform” in order to contribute to a political solution under United Nations supervision.
During a press conference in the Turkish city of Istanbul, the head of the opposition High Negotiations Committee, Nasr al-Hariri, said: “We will not accept the formation of a constitutional committee in Sochi, as Syria needs a new constitution.”
He stressed the need for “this conference [Sochi] to happen one time without turning into a track parallel to or conflicting with the Geneva track [under U.N. supervision].”
He called for “any outcomes of the conference to be in conformity with the [U.N.] Security Council Resolution 2254.”
“Russia’s intentions became clear after the heavy and intense escalation [in Syria] which has killed dozens of civilians,” he added.
Hariri said: “We are committed to what the international resolution stipulated and we welcome any ideas which strengthen this track, and we welcome the confirmation of all countries including Russia of the reference of Resolution 2254 and the urgent need to implement it.”
He continued, saying: “There must be a transition stage led by a fully empowered transitional executive governing body … and we cannot start the election process without providing a safe elections stage ensuring voters go to the ballot box with complete freedom.”
Hariri also called for “the need to release a first batch of prisoners to confirm the seriousness and commitment of all [parties] to the political process.”
This article was translated and edited by The Syrian Observer. Responsibility for the i$article$, 'https://syrianobserver.com/foreign-actors/opposition_rejects_formation_constitutional_committee_to_oversee_reforms.html', false);

-- ---------------------------------------------------------------------------------------------
-- Stances
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, target_track_slug, target_actor_id, speaker_id, stated_at_event_id, stated_on, stated_precision, date_basis, summary) VALUES
    ('snc-rejects-sochi-constitutional-committee', 'syrian-negotiation-commission', 'rejects', -1, 'sochi-constitutional-committee-decision', NULL, NULL,
     'nasr-al-hariri', 'hariri-press-conference-2018-02-01', DATE '2018-02-01', 'day', 'The Istanbul news conference, dated 1 February 2018 by The Jerusalem Post (Reuters).',
     'The opposition rejects the Sochi decision to form a constitutional committee: "Syria needs a new constitution." Reported the same day as conditional co-operation (snc-conditional-on-sochi-constitutional-committee): the sources read the statement differently.'),
    ('snc-commits-to-resolution-2254-2018-02', 'syrian-negotiation-commission', 'commits-to', 1, NULL, 'geneva', NULL,
     'nasr-al-hariri', 'hariri-press-conference-2018-02-01', DATE '2018-02-01', 'day', 'The Istanbul news conference, dated 1 February 2018 by The Jerusalem Post (Reuters).',
     'Hariri: the SNC is committed to what resolution 2254 stipulates and welcomes ideas that strengthen the UN-led track.'),
    ('snc-accuses-russia-of-escalation-2018-02', 'syrian-negotiation-commission', 'accuses', -1, NULL, NULL, 'russia',
     'nasr-al-hariri', 'hariri-press-conference-2018-02-01', DATE '2018-02-01', 'day', 'The Istanbul news conference, dated 1 February 2018 by The Jerusalem Post (Reuters).',
     'Hariri: Russia''s intentions became clear after an escalation that killed dozens of civilians.');

-- ---------------------------------------------------------------------------------------------
-- Citations
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', 'the head of the opposition High Negotiations Committee, Nasr al-Hariri', 'nasr-al-hariri');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', 'the head of the opposition High Negotiations Committee',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-negotiation-commission' AND alias = 'High Negotiations Committee'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', 'the head of the opposition High Negotiations Committee, Nasr al-Hariri',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'nasr-al-hariri' AND parent_id = 'syrian-negotiation-commission'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', 'The Syrian National Dialogue conference in the Russian city of Sochi concluded its proceedings on Tuesday with an agreement to form a “committee to formulate constitutional reform”', 'sochi-constitutional-committee-decision'),
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', 'During a press conference in the Turkish city of Istanbul', 'hariri-press-conference-2018-02-01');

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', 'During a press conference in the Turkish city of Istanbul, the head of the opposition High Negotiations Committee, Nasr al-Hariri, said',
     (SELECT id FROM event_participants WHERE event_id = 'hariri-press-conference-2018-02-01' AND actor_id = 'nasr-al-hariri' AND role = 'speaker'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', 'The Syrian opposition announced it rejected the decision by Sochi participants to form a committee on constitutional reform', 'snc-rejects-sochi-constitutional-committee'),
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', '“We will not accept the formation of a constitutional committee in Sochi, as Syria needs a new constitution.”', 'snc-rejects-sochi-constitutional-committee'),
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', '“We are committed to what the international resolution stipulated and we welcome any ideas which strengthen this track', 'snc-commits-to-resolution-2254-2018-02'),
    ('syrian-observer-2018-02-01-opposition-rejects-constitutional-committee', '“Russia’s intentions became clear after the heavy and intense escalation [in Syria] which has killed dozens of civilians,” he added.', 'snc-accuses-russia-of-escalation-2018-02');
