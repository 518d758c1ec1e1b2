-- Article 008_f20ce94cd9cf425a.txt — The Jerusalem Post (Reuters copy), 1 February 2018:
-- "Syrian opposition says it will work with Sochi proposal under U.N. auspices". The page as the
-- stored public copy serves it (1,806 characters, from a " date 2018-02-01 …" line the store
-- puts first); text_complete = false.
--
-- What it adds: the Syrian Negotiation Commission's answer to the committee (1 February 2018,
-- Istanbul): it will work with it if it is set up within the UN process in Geneva under
-- resolution 2254 (conditional, 0, toward the decision); Nasr al-Hariri as its head; de Mistura's
-- "will become a reality in Geneva" dated "on Tuesday" (30 January 2018), so 1002's stance gets
-- that date; de Mistura's own part in the committee (about 50 people he selects: a make-up claim);
-- Britain staying away with the United States and France.
--
-- Judgement calls (docs/curation.md §5 "Outcomes", §8):
--   * Publication date: printed "February 1, 2018 17:28" → 2018-02-01, day; "said on Thursday"
--     = 1 February 2018. The news conference is an event (Istanbul, press-briefing, sochi track:
--     it answers the congress's outcome).
--   * The stance is the SNC's (Hariri, "chief opposition negotiator", is its head: leader-of), toward
--     the decision, not the congress: the SNC's boycott of the congress itself stands.
--   * un-supports-sochi-constitutional-committee (1002) was dated 2018-01-31 `reported` from an
--     excerpt that said only "said"; this article states the day ("on Tuesday"): one statement, one
--     date, so it becomes 2018-01-30, day.
--   * "select about 50 people - from government, opposition and independent groups" is the part
--     de Mistura chooses, not the committee's size: a claim on the make-up topic.
--   * Britain "stayed away because of what they said was the Syrian government's refusal to
--     properly engage": `declined` with the reason in the note, as for the United States and
--     France (004), whose rows get this citation too.

-- Source: 008_f20ce94cd9cf425a.txt (http://www.jpost.com/Breaking-News/Syrian-opposition-says-it-will-work-with-Sochi-proposal-under-UN-auspices-540452), an excerpt (text_complete = false).
-- Inserted by `curate new-source`; the body is the file, byte for byte. Fill in every NULL marked FILL IN.
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body, url, text_complete)
VALUES ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', '008_f20ce94cd9cf425a.txt',
        'Syrian opposition says it will work with Sochi proposal under U.N. auspices', 'The Jerusalem Post',
        'The address: jpost.com ("Breaking-News"); the text is credited "By REUTERS".',
        DATE '2018-02-01', 'day', 'Printed: "February 1, 2018 17:28".',
        $article$ date 2018-02-01 February 01 2018
Syrian opposition says it will work with Sochi proposal under U.N. auspices

By REUTERS
February 1, 2018 17:28

ISTANBUL - Syria's opposition will cooperate with proposals made at a Russia-hosted conference this week to rewrite the country's constitution as long as the process remains under UN auspices, the chief opposition negotiator said on Thursday.

Participants at Tuesday's meeting in the Black Sea resort of Sochi in Russia - which is a powerful supporter of President Bashar al-Assad - agreed to set up a committee to change the Syrian constitution, and called for democratic elections.

The main Syrian negotiating group had boycotted the gathering, while the United States, Britain and France also stayed away because of what they said was the Syrian government's refusal to properly engage.

However, chief opposition negotiator Nasr Hariri said the Syrian Negotiation Commission would "work positively" with the proposed committee because responsibility for setting it up had been handed to UN Syria envoy, Staffan de Mistura.

"If the constitutional committee is set up... within the U.N. process in Geneva, strictly consistent with UN resolution 2254, yes we will continue to work with the U.N. process in this regard," he told a news conference.

Four years of on-off United Nations-mediated peace talks have yielded little progress toward ending the seven-year war, but De Mistura has pressed ahead with efforts for a political solution.

He said on Tuesday the constitutional committee agreed in Sochi "will become a reality in Geneva," where most of the U.N.-led Syria peace talks have been held. De Mistura also said he would decide the criteria for committee members and select about 50 people - from government, opposition and independent groups.


$article$, 'http://www.jpost.com/Breaking-News/Syrian-opposition-says-it-will-work-with-Sochi-proposal-under-UN-auspices-540452', false);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('nasr-al-hariri', 'Nasr al-Hariri', 'person', 'SY', 'Head of the Syrian Negotiation Commission, its chief negotiator.'),
    ('united-kingdom', 'United Kingdom', 'state', 'GB', 'The United Kingdom ("Britain").');

INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('nasr-al-hariri', 'Nasr Hariri', 'spelling', 'Reuters'' form.'),
    ('united-kingdom', 'Britain', 'short-name', NULL);

INSERT INTO actor_affiliations (actor_id, parent_id, relation, note) VALUES
    ('nasr-al-hariri', 'syrian-negotiation-commission', 'leader-of', '"chief opposition negotiator" of the Syrian Negotiation Commission.');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
INSERT INTO events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision, place, country_code, latitude, longitude, parent_event_id) VALUES
    ('hariri-press-conference-2018-02-01', 'sochi', 'press-briefing', 'Hariri''s news conference on the Sochi outcome',
     'Nasr al-Hariri, head of the Syrian Negotiation Commission, answers the Sochi congress''s committee decision at a news conference in Istanbul, "on Thursday" (1 February 2018).',
     'held', DATE '2018-02-01', DATE '2018-02-01', 'day', 'Istanbul', 'TR', 41.01, 28.98, NULL);

INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('hariri-press-conference-2018-02-01', 'nasr-al-hariri', 'speaker', NULL),
    ('congress-of-syrian-national-dialogue', 'united-kingdom', 'declined', 'Stayed away "because of what they said was the Syrian government''s refusal to properly engage".');

-- ---------------------------------------------------------------------------------------------
-- Stances
-- ---------------------------------------------------------------------------------------------
-- De Mistura's support for the committee was said "on Tuesday" (30 January 2018): one statement, one date.
UPDATE stances SET stated_on = DATE '2018-01-30', stated_precision = 'day',
       date_basis = '"He said on Tuesday" (The Jerusalem Post, Reuters, 1 February 2018): the closing day.'
 WHERE id = 'un-supports-sochi-constitutional-committee';

INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, speaker_id, stated_at_event_id, stated_on, stated_precision, date_basis, condition, summary) VALUES
    ('snc-conditional-on-sochi-constitutional-committee', 'syrian-negotiation-commission', 'conditional', 0, 'sochi-constitutional-committee-decision',
     'nasr-al-hariri', 'hariri-press-conference-2018-02-01', DATE '2018-02-01', 'day', '"said on Thursday" in an article of 1 February 2018.',
     'That the committee is set up within the UN process in Geneva, strictly consistent with resolution 2254.',
     'The SNC will "work positively" with the committee proposed at Sochi, because setting it up was handed to de Mistura, if it stays within the UN process in Geneva.');

-- ---------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------
INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('jpost-2018-02-01-committee-composition-un-share', 'sochi-constitutional-committee-composition', 'jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal',
     'about 50 people from government, opposition and independent groups, selected by de Mistura', 50, 'about', 'members', DATE '2018-01-30', 'day', 'sochi-constitutional-committee-decision',
     'The part the UN envoy chooses, with the criteria he sets ("on Tuesday"); not the committee''s size.');

-- ---------------------------------------------------------------------------------------------
-- Citations
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'chief opposition negotiator Nasr Hariri', 'nasr-al-hariri'),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'the United States, Britain and France also stayed away', 'united-kingdom');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'chief opposition negotiator Nasr Hariri', (SELECT id FROM actor_aliases WHERE actor_id = 'nasr-al-hariri' AND alias = 'Nasr Hariri')),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'the United States, Britain and France', (SELECT id FROM actor_aliases WHERE actor_id = 'united-kingdom' AND alias = 'Britain'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'chief opposition negotiator Nasr Hariri said the Syrian Negotiation Commission would "work positively"',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'nasr-al-hariri' AND parent_id = 'syrian-negotiation-commission'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'the chief opposition negotiator said on Thursday', 'hariri-press-conference-2018-02-01'),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'Participants at Tuesday''s meeting in the Black Sea resort of Sochi in Russia - which is a powerful supporter of President Bashar al-Assad - agreed to set up a committee to change the Syrian constitution, and called for democratic elections.', 'sochi-constitutional-committee-decision');

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'he told a news conference', (SELECT id FROM event_participants WHERE event_id = 'hariri-press-conference-2018-02-01' AND actor_id = 'nasr-al-hariri' AND role = 'speaker')),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'The main Syrian negotiating group had boycotted the gathering',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-negotiation-commission' AND role = 'boycotted')),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'the United States, Britain and France also stayed away because of what they said was the Syrian government''s refusal to properly engage',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'united-kingdom' AND role = 'declined')),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'the United States, Britain and France also stayed away because of what they said was the Syrian government''s refusal to properly engage',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'united-states' AND role = 'declined')),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'the United States, Britain and France also stayed away because of what they said was the Syrian government''s refusal to properly engage',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'france' AND role = 'declined'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'He said on Tuesday the constitutional committee agreed in Sochi "will become a reality in Geneva,"', 'un-supports-sochi-constitutional-committee'),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'Syria''s opposition will cooperate with proposals made at a Russia-hosted conference this week to rewrite the country''s constitution as long as the process remains under UN auspices', 'snc-conditional-on-sochi-constitutional-committee'),
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', '"If the constitutional committee is set up... within the U.N. process in Geneva, strictly consistent with UN resolution 2254, yes we will continue to work with the U.N. process in this regard," he told a news conference.', 'snc-conditional-on-sochi-constitutional-committee');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('jpost-2018-02-01-syrian-opposition-will-work-with-sochi-proposal', 'De Mistura also said he would decide the criteria for committee members and select about 50 people - from government, opposition and independent groups.', 'jpost-2018-02-01-committee-composition-un-share');
