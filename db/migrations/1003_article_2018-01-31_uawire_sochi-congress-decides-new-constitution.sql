-- Article 006_a7aeecbadd57d8a8.txt — UAWire (uawire.org), 31 January 2018 (inferred):
-- "Participants of Sochi Congress decide to write new Constitution for Syria". An excerpt: the
-- first 1,993 characters as the stored public copy serves them, cut mid-sentence ("The Russia");
-- text_complete = false. Much of it is credited to the Russian agency RBC.
--
-- What it adds: a second attendance figure (1,393 people against the organisers' 1,392 of 1002:
-- topic sochi-congress-attendance now disagrees); the committee's size again (150) and two
-- accounts of its make-up (RBC's 100 for Damascus and 50 for the opposition; de Mistura's
-- government, opposition, civil society and tribes: new topic
-- sochi-constitutional-committee-composition); de Mistura at the congress (final speech); the
-- final documents; and later reports of facts already coded (the PYD kept out by Turkey, the
-- HNC's absence, Lavrov's support for the committee), which get this article's citations.
--
-- Judgement calls (docs/curation.md §5 "Outcomes", §8):
--   * Publication date: not printed. It reports the close "On Tuesday, January 30" and work
--     "until late into the evening" → 2018-01-31, approximate (the day after).
--   * "Attendees included ... those loyal to the current Syrian regime, and the country’s
--     president Bashar Assad" is read as "loyal to the regime and to its president": no other
--     source places Assad in Sochi, so no participant row for him.
--   * "the Syrian High Negotiations Committee (HPC), based in Saudi Arabia" is the Syrian
--     Negotiation Commission; "HPC" is kept as printed (an acronym alias, noted as a likely
--     misprint of HNC). "also did not attend" confirms the absence already coded as a boycott
--     (004) and is cited on that row; it states no reason, so it adds no stance.
--   * "its participation was blocked by Turkey" reports Turkey's opposition to the PYD's
--     participation (001) carried out: cited on the PYD's `not-invited` row and on
--     turkey-opposes-pyd-participation, not a new stance.
--   * Lavrov's "We expect that de Mistura ... will organize the work" is from the same remarks
--     to reporters after the close as 1002's: a citation of russia-supports-sochi-constitutional-committee.
--   * RBC's split (100 + 50) and de Mistura's four groups are two claims of this source on one
--     topic: each names who says it.

-- Source: 006_a7aeecbadd57d8a8.txt (http://www.uawire.org/participants-of-sochi-congress-decide-to-write-new-constitution-for-syria), an excerpt (text_complete = false).
-- Inserted by `curate new-source`; the body is the file, byte for byte. Fill in every NULL marked FILL IN.
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body, url, text_complete)
VALUES ('uawire-2018-01-31-sochi-congress-decides-new-constitution', '006_a7aeecbadd57d8a8.txt',
        'Participants of Sochi Congress decide to write new Constitution for Syria', 'UAWire',
        'The address: uawire.org (the excerpt names only its own source, RBC news agency).',
        DATE '2018-01-31', 'approximate',
        'Not printed. Reports the close "On Tuesday, January 30", work "until late into the evening": the day after.',
        $article$Participants of Sochi Congress decide to write new Constitution for Syria

On Tuesday, January 30, in Sochi, the Syrian National Dialogue Congress , initiated by Russia, concluded its work.

In the final speech, Staffan de Mistura, United Nations special envoy for the Syria crisis, announced the decision of the participants to create a constitutional council, which will consist of representatives of the current government, opposition, civil society, and tribes, RBC news agency reports. And Russian Foreign Minister Sergey Lavrov told journalists that, as a result of the Sochi congress, a statement was adopted that contains the basic principles of the future state structure of Syria.

“We expect that de Mistura, on whom the congress has called for assistance in the activities of the committee in full accordance with its prerogatives on resolution 2254 (UN Security Council resolution), will organize the work in a practical way. And we expect in the very near future to hear the specific details of how he plans to do this,” Lavrov said.

RBC news agency reports that the constitutional commission will consist of 150 people - 100 representatives of Damascus and 50 from the opposition.

A total of 1,393 people attended the congress from both Syria and abroad. Attendees included members of various parties and political movements, members of trade unions, tribal elders, religious figures, activists and human rights activists, representatives of student unions, opposition members and those loyal to the current Syrian regime, and the country’s president Bashar Assad.

The Kurdish Democratic Union Party (PYD) did not participate in the forum; its participation was blocked by Turkey. Oppositionists from the Syrian High Negotiations Committee (HPC), based in Saudi Arabia, also did not attend the meeting. The participants worked until late into the evening to reach agreements on the final documents - a communiqué and a general appeal of the congress participants.

The Russia$article$, 'http://www.uawire.org/participants-of-sochi-congress-decide-to-write-new-constitution-for-syria', false);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('syrian-negotiation-commission', 'Syrian High Negotiations Committee', 'name', 'UAWire''s form.'),
    ('syrian-negotiation-commission', 'HPC', 'acronym', 'As printed by UAWire, after "Syrian High Negotiations Committee": likely a misprint of HNC.'),
    ('sergei-lavrov', 'Sergey Lavrov', 'spelling', 'UAWire''s transliteration.');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('congress-of-syrian-national-dialogue', 'staffan-de-mistura', 'attended', 'Gave "the final speech" (UAWire); expected in 004.');

-- ---------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------
INSERT INTO claim_topics (slug, title, unit, description) VALUES
    ('sochi-constitutional-committee-composition', 'Make-up of the constitutional committee formed at Sochi', NULL,
     'Who the constitutional committee decided at Sochi is made of, as each source (and speaker) puts it.');

INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('uawire-2018-01-31-sochi-attendance', 'sochi-congress-attendance', 'uawire-2018-01-31-sochi-congress-decides-new-constitution',
     '1,393 people', 1393, 'a total of', 'people', DATE '2018-01-31', 'approximate', 'congress-of-syrian-national-dialogue',
     '"from both Syria and abroad"; the counter is not named.'),
    ('uawire-2018-01-31-committee-size', 'sochi-constitutional-committee-size', 'uawire-2018-01-31-sochi-congress-decides-new-constitution',
     '150 people', 150, NULL, 'members', DATE '2018-01-31', 'approximate', 'sochi-constitutional-committee-decision',
     'As reported by RBC.'),
    ('uawire-2018-01-31-committee-composition-rbc', 'sochi-constitutional-committee-composition', 'uawire-2018-01-31-sochi-congress-decides-new-constitution',
     '100 representatives of Damascus and 50 from the opposition', NULL, NULL, NULL, DATE '2018-01-31', 'approximate', 'sochi-constitutional-committee-decision',
     'RBC''s split of the 150.'),
    ('uawire-2018-01-31-committee-composition-de-mistura', 'sochi-constitutional-committee-composition', 'uawire-2018-01-31-sochi-congress-decides-new-constitution',
     'representatives of the current government, opposition, civil society, and tribes', NULL, NULL, NULL, DATE '2018-01-30', 'day', 'sochi-constitutional-committee-decision',
     'De Mistura in the final speech of 30 January (via RBC); no numbers.');

-- ---------------------------------------------------------------------------------------------
-- Citations
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'the Syrian High Negotiations Committee (HPC)',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-negotiation-commission' AND alias = 'Syrian High Negotiations Committee')),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'the Syrian High Negotiations Committee (HPC)',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-negotiation-commission' AND alias = 'HPC')),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'Russian Foreign Minister Sergey Lavrov',
     (SELECT id FROM actor_aliases WHERE actor_id = 'sergei-lavrov' AND alias = 'Sergey Lavrov'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'On Tuesday, January 30, in Sochi, the Syrian National Dialogue Congress , initiated by Russia, concluded its work.', 'congress-of-syrian-national-dialogue'),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'a statement was adopted that contains the basic principles of the future state structure of Syria', 'sochi-congress-final-statement'),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'The participants worked until late into the evening to reach agreements on the final documents - a communiqué and a general appeal of the congress participants.', 'sochi-congress-final-statement'),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'In the final speech, Staffan de Mistura, United Nations special envoy for the Syria crisis, announced the decision of the participants to create a constitutional council', 'sochi-constitutional-committee-decision');

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'In the final speech, Staffan de Mistura, United Nations special envoy for the Syria crisis',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'staffan-de-mistura' AND role = 'attended')),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'The Kurdish Democratic Union Party (PYD) did not participate in the forum; its participation was blocked by Turkey.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'pyd' AND role = 'not-invited')),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'Oppositionists from the Syrian High Negotiations Committee (HPC), based in Saudi Arabia, also did not attend the meeting.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-negotiation-commission' AND role = 'boycotted'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'its participation was blocked by Turkey', 'turkey-opposes-pyd-participation'),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', '“We expect that de Mistura, on whom the congress has called for assistance in the activities of the committee in full accordance with its prerogatives on resolution 2254 (UN Security Council resolution), will organize the work in a practical way.', 'russia-supports-sochi-constitutional-committee');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'A total of 1,393 people attended the congress from both Syria and abroad.', 'uawire-2018-01-31-sochi-attendance'),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'RBC news agency reports that the constitutional commission will consist of 150 people', 'uawire-2018-01-31-committee-size'),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'the constitutional commission will consist of 150 people - 100 representatives of Damascus and 50 from the opposition', 'uawire-2018-01-31-committee-composition-rbc'),
    ('uawire-2018-01-31-sochi-congress-decides-new-constitution', 'a constitutional council, which will consist of representatives of the current government, opposition, civil society, and tribes', 'uawire-2018-01-31-committee-composition-de-mistura');
