-- Article 007_8d9e1d181ab7ec24.txt — Middle East Monitor, 31 January 2018:
-- "Syrian opposition: Turkey to represent us at Sochi summit". The page as the stored public copy
-- serves it (1,322 characters, from the language menu to "Show Comments"); whether the article's
-- text is whole cannot be told, so text_complete = false.
--
-- What it adds: who walked out — the opposition delegation that flew in from Ankara withdrew on
-- 30 January over the Syrian government flag at the airport and the venue, and asked Turkey to
-- represent it (a boycott of the congress, −1 toward it; Turkey attended); a third attendance
-- figure ("More than 1,500 Syrians", against 1,392 and 1,393); the congress dated to the one day
-- 30 January 2018 (a claim beside the 29-30 January of 000, 001, 004); Putin's message to the
-- congress (Russia's support for it, +1).
--
-- Judgement calls (docs/curation.md §5 "Outcomes", §8):
--   * Publication date: not printed in the text; the address has 20180131 → 2018-01-31, day.
--     "yesterday withdrew" → 30 January 2018, day, which the photo caption also gives.
--   * Who walked out: MEMO calls the delegation "The Syrian Negotiation Commission (SNC) which
--     arrived from Ankara". The SNC itself had said it would not attend (004) and stays coded as
--     boycotting; the delegation is its own actor (a collective), with MEMO's identification in
--     its description, not merged with the SNC and with no member-of link the text does not make.
--   * "asked the Turkish delegation to represent it" is Turkey's attendance (participant
--     `attended`, with the mandate in the note), not a stance of either.
--   * Putin's message is Russia's stance (speaker Putin, leader-of Russia), stated at the
--     congress: dated 30 January 2018, the congress day of the caption.
--   * "Read: Kremlin says ..." and the tag line are page furniture, not coded.

-- Source: 007_8d9e1d181ab7ec24.txt (https://www.middleeastmonitor.com/20180131-syrian-opposition-turkey-to-represent-us-at-sochi-summit/), an excerpt (text_complete = false).
-- Inserted by `curate new-source`; the body is the file, byte for byte. Fill in every NULL marked FILL IN.
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body, url, text_complete)
VALUES ('memo-2018-01-31-turkey-to-represent-syrian-opposition', '007_8d9e1d181ab7ec24.txt',
        'Syrian opposition: Turkey to represent us at Sochi summit', 'Middle East Monitor',
        'The address: middleeastmonitor.com; the page furniture "Middle East Near You" is its masthead line.',
        DATE '2018-01-31', 'day', 'Not printed in the text; the address carries 20180131.',
        $article$Portuguese / Spanish / English

Middle East Near You

Syrian opposition: Turkey to represent us at Sochi summit

The Syrian National Dialogue Congress meeting held in Sochi, Russia on 30 January 2018 [Raşit Aydoğan/Anadolu Agency]

The Syrian opposition delegation yesterday withdrew from the Syrian Congress of National Dialogue in the Russian resort of Sochi and asked the Turkish delegation to represent it.

The Syrian Negotiation Commission (SNC) which arrived from Ankara decided not to attend the congress when they saw the Syrian regime flag at the airport and the conference venue. Instead, it asked the Turkish delegation to represent it.

More than 1,500 Syrians attended the conference.

“This conference will unify the Syrian people, after years of conflict in which hundreds of thousands of victims were killed, and we are doing our utmost efforts to bring peace to Syria,” Russian President Vladimir Putin said in a message to the conference.

“With the participation of Iran and Turkey, we have been working to establish de-escalation areas and prepare for reconstruction. The current conditions are suitable to end this painful page.” he added.

Read: Kremlin says absence of Syrian opposition will not hinder Sochi congress

Europe & RussiaIranMiddle EastNewsRussiaSyriaTurkey
Show Comments
Show Comments$article$, 'https://www.middleeastmonitor.com/20180131-syrian-opposition-turkey-to-represent-us-at-sochi-summit/', false);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('syrian-opposition-delegation-from-ankara', 'Syrian opposition delegation from Ankara', 'collective', 'SY',
     'The opposition delegation that flew to Sochi from Ankara for the congress and withdrew on 30 January 2018 over the Syrian government flag, asking Turkey to represent it. Middle East Monitor names it the Syrian Negotiation Commission (SNC), which had said it would not attend (004): kept apart from the SNC.');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('congress-of-syrian-national-dialogue', 'syrian-opposition-delegation-from-ankara', 'boycotted', 'Arrived, then withdrew in protest at the Syrian government flag at the airport and the venue (30 January 2018).'),
    ('congress-of-syrian-national-dialogue', 'turkey', 'attended', 'Represented the opposition delegation from Ankara at its request.');

-- ---------------------------------------------------------------------------------------------
-- Stances
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, speaker_id, stated_at_event_id, stated_on, stated_precision, date_basis, condition, summary) VALUES
    ('opposition-delegation-withdraws-from-sochi-congress', 'syrian-opposition-delegation-from-ankara', 'boycotts', -1, 'congress-of-syrian-national-dialogue', NULL, 'congress-of-syrian-national-dialogue',
     DATE '2018-01-30', 'day', '"yesterday" in an article of 31 January 2018.', NULL,
     'The opposition delegation that arrived from Ankara withdrew from the congress when it saw the Syrian regime flag at the airport and the venue, and asked the Turkish delegation to represent it.'),
    ('russia-putin-message-supports-sochi-congress', 'russia', 'supports', 1, 'congress-of-syrian-national-dialogue', 'vladimir-putin', 'congress-of-syrian-national-dialogue',
     DATE '2018-01-30', 'day', 'A message to the congress, which the caption dates 30 January 2018.', NULL,
     'Putin''s message to the congress: it "will unify the Syrian people"; conditions "are suitable to end this painful page".');

-- ---------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------
INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('memo-2018-01-31-sochi-attendance', 'sochi-congress-attendance', 'memo-2018-01-31-turkey-to-represent-syrian-opposition',
     'More than 1,500 Syrians', 1500, 'more than', 'people', DATE '2018-01-30', 'day', 'congress-of-syrian-national-dialogue',
     'Counter not named; "Syrians" only.'),
    ('memo-2018-01-31-sochi-congress-date', 'sochi-congress-date', 'memo-2018-01-31-turkey-to-represent-syrian-opposition',
     '2018-01-30', NULL, NULL, 'date', DATE '2018-01-31', 'day', 'congress-of-syrian-national-dialogue',
     'Photo caption: "held in Sochi, Russia on 30 January 2018" (one day, against 29-30 January in 000, 001, 004).');

-- ---------------------------------------------------------------------------------------------
-- Citations
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'The Syrian Negotiation Commission (SNC) which arrived from Ankara', 'syrian-opposition-delegation-from-ankara');

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'The Syrian National Dialogue Congress meeting held in Sochi, Russia on 30 January 2018', 'congress-of-syrian-national-dialogue');

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'The Syrian opposition delegation yesterday withdrew from the Syrian Congress of National Dialogue in the Russian resort of Sochi',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-opposition-delegation-from-ankara' AND role = 'boycotted')),
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'and asked the Turkish delegation to represent it.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'turkey' AND role = 'attended'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'The Syrian opposition delegation yesterday withdrew from the Syrian Congress of National Dialogue in the Russian resort of Sochi and asked the Turkish delegation to represent it.', 'opposition-delegation-withdraws-from-sochi-congress'),
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'decided not to attend the congress when they saw the Syrian regime flag at the airport and the conference venue', 'opposition-delegation-withdraws-from-sochi-congress'),
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', '“This conference will unify the Syrian people, after years of conflict in which hundreds of thousands of victims were killed, and we are doing our utmost efforts to bring peace to Syria,” Russian President Vladimir Putin said in a message to the conference.', 'russia-putin-message-supports-sochi-congress');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'More than 1,500 Syrians attended the conference.', 'memo-2018-01-31-sochi-attendance'),
    ('memo-2018-01-31-turkey-to-represent-syrian-opposition', 'held in Sochi, Russia on 30 January 2018', 'memo-2018-01-31-sochi-congress-date');
