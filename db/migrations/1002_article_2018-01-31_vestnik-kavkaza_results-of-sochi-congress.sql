-- Article 005_2da637f6ad0e58f2.txt — Vestnik Kavkaza (en.vestikavkaza.ru), 31 January 2018 (inferred):
-- "Results of Syrian National Dialogue Congress in Sochi". An excerpt: the first 1,994 characters
-- as the stored public copy serves them, cut mid-word ("- fro"); text_complete = false.
--
-- What it adds: the congress is held (status ongoing → held); its two outcomes, the final
-- statement of principles and the decision to form a constitutional committee (event kinds
-- final-statement and decision, 1001); the organisers' attendance figure (new topic
-- sochi-congress-attendance: people who came, not the invitations of sochi-congress-invitees);
-- the committee's size (new topic sochi-constitutional-committee-size); 11 members of the
-- opposition's "Riyadh group" attending on special invitations; de Mistura's support for the
-- committee, and Lavrov's account of the decision as Russia's support for it.
--
-- Judgement calls (docs/curation.md §5 "Outcomes", §8):
--   * Publication date: not printed. "was held in Russia’s Sochi yesterday", and the corpus has
--     the congress closing on 30 January 2018 (000, 001, 004) → 2018-01-31, approximate. Every
--     undated "said" here is dated 2018-01-31 `reported` (the earliest report in the corpus).
--   * "yesterday" reads as a one-day congress; the corpus's 29-30 January is kept (the opening
--     day 29 January is reported by 004 as it happened) and no date claim is added from an
--     inferred publication date.
--   * The final statement and the decision are dated 2018-01-30, approximate: the congress's
--     closing day in the corpus, not a date this text states.
--   * "the Syrian opposition’s Riyadh group" is the Syrian Negotiation Commission (formed in
--     Riyadh; the SNC/HNC of 002 and 004): alias "Riyadh group" (descriptor). Its 11 members came
--     "on special invitations", as individuals: a collective with member-of the SNC (no roll-up),
--     `attended`; the SNC itself keeps its boycott.
--   * De Mistura's "will become a reality in Geneva" is the UN's support for the committee: a
--     stance toward the decision, not toward the congress (one target per stance), so the UN's
--     conditional position toward the congress itself is unchanged.
--   * Lavrov describing the decision and its referral to the UN is Russia's support for it
--     (speaker Lavrov, actor russia, as in 0104).
--   * De Mistura "would ... select about 50 people" is cut off mid-sentence: cited on the decision,
--     not made a claim (what the 50 are is not in the excerpt).

-- Source: 005_2da637f6ad0e58f2.txt (https://en.vestikavkaza.ru/news/Results-of-Syrian-National-Dialogue-Congress-in-Sochi.html), an excerpt (text_complete = false).
-- Inserted by `curate new-source`; the body is the file, byte for byte. Fill in every NULL marked FILL IN.
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body, url, text_complete)
VALUES ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', '005_2da637f6ad0e58f2.txt',
        'Results of Syrian National Dialogue Congress in Sochi', 'Vestnik Kavkaza',
        'The address: en.vestikavkaza.ru is Vestnik Kavkaza''s English site; the headline is the address''s slug (the excerpt has neither).',
        DATE '2018-01-31', 'approximate',
        'Not printed. "was held in Russia’s Sochi yesterday"; the congress closed on 30 January 2018 (000, 001, 004).',
        $article$The Syrian National Dialogue Congress was held in Russia’s Sochi yesterday.
The congress concluded after nine hours of negotiations possible amendments to the constitution and post-war reconstruction. The main result of the congress was the decision to establish a constitutional committee.
According to the Russian Foreign Minister Sergei Lavrov, a decision was made during the congress to form a constitutional committee, comprising delegates elected during the congress, and also to include representatives of groups who were absent for various reasons.
The minister added that the establishment of the constitutional commission will be forwarded to the UN, in line with resolution 2254, the work of this new structure will be organized in Geneva.
A statement laying down basic principles of the future Syrian state and government was also passed in Sochi: respecting sovereignty, territorial integrity and independence of Syria; protecting the rights of all ethnic and religious groups; and ensuring that the political process does not leave anyone out and allows Syrians to determine their future on their own, without any interference from abroad.
According to organizers, the Syrian congress has brought together 1,392 delegates representing all strata of Syrian society.
The Russian president’s special envoy for Syria, Alexander Lavrentyev, said that a total of 11 members of the Syrian opposition’s Riyadh group took part in the Syrian National Dialogue Congress in Sochi on special invitations. He said that organizers of the Sochi congress had no plans of excluding anyone from the dialogue.
Lavrentyev noted that the Constitution Commission will comprise 150 members and the full list will be forwarded to the UN following the settling of some minor issues.
UN Syria envoy Staffan de Mistura said the constitutional committee agreed in Sochi "will become a reality in Geneva". De Mistura also said he would decide the criteria for committee members and select about 50 people - fro$article$, 'https://en.vestikavkaza.ru/news/Results-of-Syrian-National-Dialogue-Congress-in-Sochi.html', false);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('riyadh-group-members-at-sochi', 'Members of the Riyadh group at Sochi', 'collective', 'SY',
     'The 11 members of the Syrian opposition''s Riyadh group (the Syrian Negotiation Commission) who took part in the Sochi congress on special invitations, while the body stayed away.');

INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('syrian-negotiation-commission', 'Riyadh group', 'descriptor', 'Vestnik Kavkaza: "the Syrian opposition’s Riyadh group" (the body was formed in Riyadh).'),
    ('aleksandr-lavrentiev', 'Alexander Lavrentyev', 'spelling', 'Vestnik Kavkaza''s transliteration.');

INSERT INTO actor_affiliations (actor_id, parent_id, relation, note) VALUES
    ('riyadh-group-members-at-sochi', 'syrian-negotiation-commission', 'member-of', 'Members of the body, attending as individuals: member-of never rolls up.');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
-- The congress has taken place: this is the first article that reports its close.
UPDATE events SET status = 'held'
 WHERE id = 'congress-of-syrian-national-dialogue';
UPDATE event_schedules SET status = 'held'
 WHERE event_id = 'congress-of-syrian-national-dialogue' AND status = 'ongoing';

INSERT INTO events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision, place, country_code, latitude, longitude, parent_event_id) VALUES
    ('sochi-congress-final-statement', 'sochi', 'final-statement', 'Final statement of the Sochi congress',
     'The congress adopted a statement of basic principles for the future Syrian state: sovereignty, territorial integrity and independence; the rights of all ethnic and religious groups; a political process that leaves no one out, without interference from abroad. Dated to the congress''s closing day (30 January 2018 in the corpus).',
     'held', DATE '2018-01-30', DATE '2018-01-30', 'approximate', 'Sochi', 'RU', 43.60, 39.73, 'congress-of-syrian-national-dialogue'),
    ('sochi-constitutional-committee-decision', 'sochi', 'decision', 'Sochi congress decides to form a constitutional committee',
     'The congress''s main result: a constitutional committee of delegates elected at the congress plus representatives of groups that did not attend, referred to the UN under resolution 2254, to work in Geneva. Its size is a claim (sochi-constitutional-committee-size). Dated to the congress''s closing day.',
     'held', DATE '2018-01-30', DATE '2018-01-30', 'approximate', 'Sochi', 'RU', 43.60, 39.73, 'congress-of-syrian-national-dialogue');

INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('congress-of-syrian-national-dialogue', 'riyadh-group-members-at-sochi', 'attended', '"a total of 11 members", "on special invitations" (Lavrentyev).'),
    ('sochi-constitutional-committee-decision', 'united-nations', 'subject', 'The committee''s establishment is referred to the UN.');

-- ---------------------------------------------------------------------------------------------
-- Stances
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, speaker_id, stated_at_event_id, stated_on, stated_precision, date_basis, summary) VALUES
    ('un-supports-sochi-constitutional-committee', 'united-nations', 'supports', 1, 'sochi-constitutional-committee-decision', 'staffan-de-mistura', NULL,
     DATE '2018-01-31', 'reported', 'Not stated ("said"); first reported by Vestnik Kavkaza, whose publication date (31 January 2018) is inferred.',
     'De Mistura: the constitutional committee agreed in Sochi "will become a reality in Geneva".'),
    ('russia-supports-sochi-constitutional-committee', 'russia', 'supports', 1, 'sochi-constitutional-committee-decision', 'sergei-lavrov', NULL,
     DATE '2018-01-31', 'reported', 'Not stated ("According to ... Lavrov"); first reported by Vestnik Kavkaza, whose publication date (31 January 2018) is inferred.',
     'Lavrov presents the committee and its referral to the UN, to work in Geneva, as the congress''s decision.');

-- ---------------------------------------------------------------------------------------------
-- Claims (new topics: attendance is not invitation, §8)
-- ---------------------------------------------------------------------------------------------
INSERT INTO claim_topics (slug, title, unit, description) VALUES
    ('sochi-congress-attendance', 'Attendance at the Sochi congress', 'delegates',
     'How many people took part in the congress, by whose count. Not the invitations (sochi-congress-invitees).'),
    ('sochi-constitutional-committee-size', 'Size of the constitutional committee formed at Sochi', 'members',
     'Members of the constitutional committee the Sochi congress decided to form, and how they are split.');

INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('vestnik-kavkaza-2018-01-31-sochi-attendance', 'sochi-congress-attendance', 'vestnik-kavkaza-2018-01-31-results-of-sochi-congress',
     '1,392 delegates', 1392, NULL, 'delegates', DATE '2018-01-31', 'approximate', 'congress-of-syrian-national-dialogue',
     'The organisers'' figure ("According to organizers").'),
    ('vestnik-kavkaza-2018-01-31-committee-size', 'sochi-constitutional-committee-size', 'vestnik-kavkaza-2018-01-31-results-of-sochi-congress',
     '150 members', 150, NULL, 'members', DATE '2018-01-31', 'approximate', 'sochi-constitutional-committee-decision',
     'Lavrentyev (Russia''s envoy); the full list to be forwarded to the UN.');

-- ---------------------------------------------------------------------------------------------
-- Citations
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'a total of 11 members of the Syrian opposition’s Riyadh group took part in the Syrian National Dialogue Congress in Sochi on special invitations', 'riyadh-group-members-at-sochi');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'the Syrian opposition’s Riyadh group',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-negotiation-commission' AND alias = 'Riyadh group')),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'The Russian president’s special envoy for Syria, Alexander Lavrentyev',
     (SELECT id FROM actor_aliases WHERE actor_id = 'aleksandr-lavrentiev' AND alias = 'Alexander Lavrentyev'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'the Syrian opposition’s Riyadh group took part',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'riyadh-group-members-at-sochi' AND parent_id = 'syrian-negotiation-commission'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'The Syrian National Dialogue Congress was held in Russia’s Sochi yesterday.', 'congress-of-syrian-national-dialogue'),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'The congress concluded after nine hours of negotiations', 'congress-of-syrian-national-dialogue'),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'A statement laying down basic principles of the future Syrian state and government was also passed in Sochi: respecting sovereignty, territorial integrity and independence of Syria; protecting the rights of all ethnic and religious groups; and ensuring that the political process does not leave anyone out and allows Syrians to determine their future on their own, without any interference from abroad.', 'sochi-congress-final-statement'),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'The main result of the congress was the decision to establish a constitutional committee.', 'sochi-constitutional-committee-decision'),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'a decision was made during the congress to form a constitutional committee, comprising delegates elected during the congress, and also to include representatives of groups who were absent for various reasons', 'sochi-constitutional-committee-decision'),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'De Mistura also said he would decide the criteria for committee members and select about 50 people', 'sochi-constitutional-committee-decision');

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'a total of 11 members of the Syrian opposition’s Riyadh group took part in the Syrian National Dialogue Congress in Sochi on special invitations',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'riyadh-group-members-at-sochi' AND role = 'attended')),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'the establishment of the constitutional commission will be forwarded to the UN, in line with resolution 2254',
     (SELECT id FROM event_participants WHERE event_id = 'sochi-constitutional-committee-decision' AND actor_id = 'united-nations' AND role = 'subject'));

INSERT INTO citations (source_id, quote, schedule_id)
SELECT 'vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'The Syrian National Dialogue Congress was held in Russia’s Sochi yesterday.', id
FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND status = 'held';

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'UN Syria envoy Staffan de Mistura said the constitutional committee agreed in Sochi "will become a reality in Geneva"', 'un-supports-sochi-constitutional-committee'),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'The minister added that the establishment of the constitutional commission will be forwarded to the UN, in line with resolution 2254, the work of this new structure will be organized in Geneva.', 'russia-supports-sochi-constitutional-committee');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'According to organizers, the Syrian congress has brought together 1,392 delegates representing all strata of Syrian society.', 'vestnik-kavkaza-2018-01-31-sochi-attendance'),
    ('vestnik-kavkaza-2018-01-31-results-of-sochi-congress', 'Lavrentyev noted that the Constitution Commission will comprise 150 members', 'vestnik-kavkaza-2018-01-31-committee-size');
