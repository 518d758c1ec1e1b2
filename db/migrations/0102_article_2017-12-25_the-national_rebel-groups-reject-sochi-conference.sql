-- Article 000_35903171736acb59.txt — The National (Abu Dhabi), about 25 December 2017, Reuters copy:
-- "Syrian rebel groups reject Russian-sponsored Sochi conference".
-- Around 40 rebel groups reject Sochi "on Monday" (25 December 2017); at Friday's Astana meeting
-- (22 December) Turkey and Iran backed Russia and the congress was moved to 29-30 January 2018;
-- de Mistura makes his judgement conditional on Geneva. Coding rules: docs/curation.md.

-- ---------------------------------------------------------------------------------------------
-- Source
-- ---------------------------------------------------------------------------------------------
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body) VALUES (
    'the-national-2017-12-25-rebel-groups-reject-sochi',
    '000_35903171736acb59.txt',
    'Syrian rebel groups reject Russian-sponsored Sochi conference',
    'The National (Abu Dhabi)',
    'Not named in the text. Inferred: the "Beta V.1.0 - Powered by automated translation" widget and the house style "Mr Al Assad" are The National''s, and a stored public copy of the same headline, standfirst and body is on thenationalnews.com. The story itself is Reuters wire copy (photo credit "REUTERS/Mukhtar Kholdorbekov").',
    DATE '2017-12-25', 'approximate',
    'No date printed. The photo caption is dated "December 22, 2017", the day the text calls "Friday" (Friday''s meeting in Astana); the rebel statement came "on Monday", i.e. 25 December 2017, and the Sochi talks are "next month" (January 29-30). So the article was written on 25 December 2017 or a day after; 25 December is used, precision approximate.',
    $article$Syrian rebel groups reject Russian-sponsored Sochi conference

The opposition group said Moscow was seeking to bypass a UN-based Geneva peace process and blamed Russia for committing war crimes in Syria

Members of the delegations take part in the peace talks on Syria in Astana, Kazakhstan December 22, 2017. REUTERS/Mukhtar Kholdorbekov
Beta V.1.0 - Powered by automated translation

The Syrian opposition group on Monday rejected Russia’s planned Sochi conference on Syria, saying Moscow was seeking to bypass a UN-based Geneva peace process and blaming Russia for committing war crimes in the war-torn country.

In a statement by around 40 rebel groups, which include some of the military factions that participated in earlier rounds of Geneva peace talks, they said Moscow had not put pressure on the Syrian government to reach a political settlement.

“Russia has not contributed one step to easing the suffering of Syrians and has not pressured the regime that it claims it is a guarantor by move in any real path towards a solution,” the statement said.

Russia received backing on Friday from Turkey and Iran to hold Syria peace talks in Russia's Black Sea resort of Sochi next month, a move that the UN special envoy for Syria said should be assessed based on its contribution to the mandated political process under the UN in Geneva.

Russian news reports cited Kazakh diplomat Aidarbek Tumanov, who said that during Friday's meeting in Kazakhstan's capital, Astana, the parties agreed to hold the so-called Congress for National Dialogue in Sochi on January 29-30.


Read more:


“Russia is an aggressor country that has committed war crimes against Syrians ... It stood with the regime militarily and defended its politically and over seven years preventing UN condemnation of [Syrian President Bashar] Al Assad’s regime,” the statement said.

Moscow says it targets militants but rebels and residents say the Russian air strikes conducted since a major aerial campaign over two years ago has caused hundreds of civilian casualties in indiscriminate bombing of civilian areas away from the front-line.

Some rebels said they had not yet made up their minds.

UN Syria envoy Staffan de Mistura said that Russia’s plan to convene the congress should be assessed by its ability to contribute to and support the UN-led Geneva talks on ending the war in Syria.

Turkey has been a supporter of the opposition groups and rebels trying to remove Mr Al Assad from power while Russia and Iran have been his main backers. The three countries have teamed up to help mediate a peace settlement for Syria's conflict, now in its seventh year, which has claimed the lives of 400,000 and caused the worst refugee crisis since the Second World War.$article$);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('turkey', 'Turkey', 'state', 'TR', 'Republic of Turkey: backer of the Syrian opposition, co-sponsor of the Astana process; opposes any role for the PYD.'),
    ('iran', 'Iran', 'state', 'IR', 'Islamic Republic of Iran: ally of the Syrian government and co-sponsor of the Astana process.'),
    ('kazakhstan', 'Kazakhstan', 'state', 'KZ', 'Republic of Kazakhstan, whose capital Astana hosts the Astana talks.'),
    ('aidarbek-tumanov', 'Aidarbek Tumanov', 'person', 'KZ', 'Kazakh diplomat cited by Russian news reports on the dates agreed for the Sochi congress.'),
    ('staffan-de-mistura', 'Staffan de Mistura', 'person', NULL, 'UN special envoy for Syria, who leads the UN-led Geneva process.'),
    ('forty-rebel-groups', 'Some 40 Syrian rebel groups (December 2017 statement)', 'collective', 'SY', 'The rebel groups that signed the late-December 2017 statement(s) rejecting the Sochi congress: "around 40" (000) or "40" (001, 003), including Ahrar al-Sham, Army of Islam and Western-backed outfits, some of which took part in earlier Geneva rounds. 000 also calls them "The Syrian opposition group".'),
    ('some-rebels', 'Some rebels (undecided on Sochi)', 'collective', 'SY', 'Rebels who "said they had not yet made up their minds" about Sochi (000). Unnamed.'),
    ('rebels-and-residents', 'Rebels and residents (on Russian air strikes)', 'collective', 'SY', 'Unnamed rebels and residents who say Russian air strikes have caused hundreds of civilian casualties (000).');

INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('bashar-al-assad', 'Al Assad', 'spelling', 'House style of The National (000).'),
    ('bashar-al-assad', 'Mr Al Assad', 'title', NULL),
    ('staffan-de-mistura', 'UN Syria envoy', 'title', NULL),
    ('staffan-de-mistura', 'the UN special envoy for Syria', 'title', NULL),
    ('forty-rebel-groups', 'The Syrian opposition group', 'descriptor', '000 calls the signatories of the statement "The Syrian opposition group" (singular) in its lede and "The opposition group" in its standfirst.'),
    ('forty-rebel-groups', '40 rebel groups', 'descriptor', '"around 40 rebel groups" (000), "40 rebel groups" (001), "a collection of 40 Syrian rebel groups" (003).');

INSERT INTO actor_affiliations (actor_id, parent_id, relation, note) VALUES
    ('aidarbek-tumanov', 'kazakhstan', 'official-of', 'Kazakh diplomat.'),
    ('staffan-de-mistura', 'united-nations', 'official-of', 'UN special envoy for Syria.'),
    ('syrian-opposition', 'turkey', 'backed-by', 'Turkey "has been a supporter of the opposition groups and rebels" (000), "backs many of the Sunni rebel groups" (001), "supports the opposition" (003).'),
    ('syrian-government', 'iran', 'backed-by', 'Iran is one of Assad''s "main backers" (000) and "a key Syrian ally" (001).');

-- The Sochi track is "Russian-sponsored" (headline).
INSERT INTO track_sponsors (track_slug, actor_id) VALUES
    ('sochi', 'russia');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
INSERT INTO events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision, place, country_code, latitude, longitude, parent_event_id) VALUES
    ('russian-air-campaign-in-syria', NULL, 'military-campaign', 'Russian air campaign in Syria',
     'Russia''s aerial campaign backing the Syrian government. 000: "a major aerial campaign over two years ago" (i.e. begun before late December 2015); 001: "since 2015". The year 2015 is the latest start both allow.',
     'ongoing', DATE '2015-01-01', NULL, 'year', 'Syria', 'SY', NULL, NULL, NULL),
    ('astana-round-2017-12', 'astana', 'talks-round', 'Astana talks round of 21-22 December 2017',
     'The round of talks on Syria in Astana whose meeting on Friday 22 December 2017 agreed to hold the Sochi congress on 29-30 January 2018, with Turkey and Iran backing Russia. 000 dates the Friday meeting (and the photo caption "December 22, 2017"); the opening day, 21 December, is the publicly recorded start of this (eighth) round and is not stated in the corpus.',
     'held', DATE '2017-12-21', DATE '2017-12-22', 'day', 'Astana', 'KZ', 51.17000, 71.45000, NULL),
    ('tumanov-announces-sochi-dates', 'sochi', 'announcement', 'Kazakh diplomat Tumanov announces the Sochi dates agreed in Astana',
     'Russian news reports cited Aidarbek Tumanov: at Friday''s meeting in Astana (22 December 2017) the parties agreed to hold the congress in Sochi on 29-30 January. The day of his statement is not given; dated to the Friday meeting, precision approximate.',
     'held', DATE '2017-12-22', DATE '2017-12-22', 'approximate', 'Astana', 'KZ', 51.17000, 71.45000, 'astana-round-2017-12'),
    ('rebel-statement-rejecting-sochi', 'sochi', 'statement', 'Statement(s) by some 40 rebel groups rejecting the Sochi congress',
     'Around 40 rebel groups reject the Sochi congress, accuse Russia of war crimes and of bypassing Geneva, and say Moscow has not pressured the government. 000 dates it "on Monday" (25 December 2017).',
     'held', DATE '2017-12-25', DATE '2017-12-25', 'day', NULL, NULL, NULL, NULL, NULL);

-- The congress moved: the 18 November plan (0101) gives way to 29-30 January 2018. The event
-- carries the latest plan; both plans stay as schedule rows.
UPDATE events
   SET start_date = DATE '2018-01-29', end_date = DATE '2018-01-30', date_precision = 'day', status = 'rescheduled',
       summary = 'The Russia-hosted congress of Syrian parties in Sochi. First announced for 18 November 2017 (002); on 22 December 2017 the Astana meeting agreed to hold it on 29-30 January 2018 (000). No article reports the postponement itself; the change is read from the two plans.'
 WHERE id = 'congress-of-syrian-national-dialogue';

UPDATE event_schedules
   SET status = 'rescheduled',
       note = 'First plan: 18 November 2017, announced at the end of the Astana round on Tuesday 31 October 2017 (002). Superseded by the 29-30 January 2018 plan agreed in Astana on 22 December 2017 (000).'
 WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2017-11-18';

INSERT INTO event_schedules (event_id, start_date, end_date, date_precision, status, announced_on, note) VALUES
    ('congress-of-syrian-national-dialogue', DATE '2018-01-29', DATE '2018-01-30', 'day', 'planned', DATE '2017-12-22',
     'Second plan: 29-30 January 2018, agreed at Friday''s (22 December 2017) meeting in Astana (Tumanov, 000); "next month" in 000, 001 and 003.');

INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('rebel-statement-rejecting-sochi', 'forty-rebel-groups', 'signatory', '"around 40" (000), "40" (001, 003).'),
    ('tumanov-announces-sochi-dates', 'aidarbek-tumanov', 'speaker', 'Cited by Russian news reports.');

-- ---------------------------------------------------------------------------------------------
-- Stances
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, target_track_slug, target_actor_id, speaker_id, stated_at_event_id, stated_on, stated_precision, condition, summary) VALUES
    ('forty-rebel-groups-reject-sochi-congress', 'forty-rebel-groups', 'rejects', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-25', 'day', NULL,
     'The rebel groups reject Russia''s planned Sochi congress and will not attend it.'),
    ('forty-rebel-groups-accuse-russia-of-bypassing-geneva', 'forty-rebel-groups', 'accuses', -1, 'congress-of-syrian-national-dialogue', 'geneva', 'russia', NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-25', 'day', NULL,
     'Moscow is seeking to bypass ("circumvent") the UN-based Geneva peace process with the Sochi congress.'),
    ('forty-rebel-groups-accuse-russia-of-war-crimes', 'forty-rebel-groups', 'accuses', -1, NULL, NULL, 'russia', NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-25', 'day', NULL,
     '"Russia is an aggressor" that has committed war crimes against Syrians and has shielded the government from UN condemnation.'),
    ('forty-rebel-groups-criticize-russia-for-not-pressuring-regime', 'forty-rebel-groups', 'criticizes', -1, NULL, NULL, 'russia', NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-25', 'day', NULL,
     'Russia has done nothing to ease Syrians'' suffering and has not pressured the government, which it claims to guarantee, toward a political settlement.'),
    ('turkey-supports-sochi-congress', 'turkey', 'supports', 1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, 'astana-round-2017-12',
     DATE '2017-12-22', 'day', NULL,
     'Turkey backed Russia''s plan to hold the congress in Sochi ("on Friday" in Astana, 000; "endorsed", 001).'),
    ('iran-supports-sochi-congress', 'iran', 'supports', 1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, 'astana-round-2017-12',
     DATE '2017-12-22', 'day', NULL,
     'Iran backed Russia''s plan to hold the congress in Sochi ("on Friday" in Astana, 000; "endorsed", 001).'),
    ('un-conditional-on-sochi-congress', 'united-nations', 'conditional', 0, 'congress-of-syrian-national-dialogue', 'geneva', NULL, 'staffan-de-mistura', NULL,
     DATE '2017-12-25', 'approximate',
     'The congress should be judged by its ability to contribute to and support the UN-led Geneva talks.',
     'De Mistura neither endorses nor rejects the congress: it "should be assessed" by its contribution to the mandated UN process in Geneva. Undated "said"; dated to publication.'),
    ('some-rebels-undecided-on-sochi-congress', 'some-rebels', 'undecided', 0, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     DATE '2017-12-25', 'approximate', NULL,
     'Some rebels said they had not yet made up their minds.'),
    ('rebels-and-residents-accuse-russia-over-air-strikes', 'rebels-and-residents', 'accuses', -1, 'russian-air-campaign-in-syria', NULL, 'russia', NULL, NULL,
     NULL, NULL, NULL,
     'Rebels and residents say Russian air strikes have caused hundreds of civilian casualties in indiscriminate bombing away from the front line. Present tense ("say"), undated.'),
    ('russia-defends-air-campaign', 'russia', 'defends', 1, 'russian-air-campaign-in-syria', NULL, NULL, NULL, NULL,
     NULL, NULL, NULL,
     '"Moscow says it targets militants." Present tense, undated.');

-- ---------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------
INSERT INTO claim_topics (slug, title, unit, description) VALUES
    ('syria-war-duration', 'Length of the Syrian war', 'years', 'How long the war has lasted as each source puts it ("six-year", "in its seventh year", "seven-year", "over seven years"). An ordinal ("seventh year") has no numeric value.'),
    ('rebel-statement-signatories', 'Signatories of the December 2017 rebel statement', 'rebel groups', 'How many rebel groups signed the late-December 2017 statement(s) rejecting Sochi.'),
    ('rebel-statement-date', 'Date of the December 2017 rebel statement', 'date', 'The day the rebel groups issued their statement(s) rejecting Sochi: Monday 25 December (000) or 26 December / Tuesday (001, 003).'),
    ('rebel-statement-count', 'Number of December 2017 rebel statements', 'statements', 'Whether the rebels issued one statement (000, 003) or "a series of statements" (001).'),
    ('russian-air-campaign-start', 'Start of the Russian air campaign', 'date', 'When Russia''s air campaign in Syria began, as each source puts it.'),
    ('russian-airstrike-civilian-casualties', 'Civilian casualties of Russian air strikes', 'civilian casualties', 'Civilian casualties attributed to Russian air strikes.');

INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('the-national-2017-12-25-sochi-congress-date', 'sochi-congress-date', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     '2018-01-29/2018-01-30', NULL, NULL, 'date', DATE '2017-12-22', 'day', 'congress-of-syrian-national-dialogue',
     'Stated as "on January 29-30" (agreed at Friday''s Astana meeting, per Tumanov) and "next month".'),
    ('the-national-2017-12-25-sochi-congress-venue', 'sochi-congress-venue', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     'Sochi, Russia', NULL, NULL, 'place', DATE '2017-12-25', 'approximate', 'congress-of-syrian-national-dialogue',
     '"Russia''s Black Sea resort of Sochi".'),
    ('the-national-2017-12-25-death-toll', 'syria-war-death-toll', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     '400,000', 400000, NULL, 'people killed', DATE '2017-12-25', 'approximate', 'syrian-civil-war',
     '"has claimed the lives of 400,000".'),
    ('the-national-2017-12-25-war-duration', 'syria-war-duration', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     'in its seventh year', NULL, NULL, 'years', DATE '2017-12-25', 'approximate', 'syrian-civil-war',
     'The article''s own words: "now in its seventh year" (more than six, fewer than seven years).'),
    ('the-national-2017-12-25-statement-war-duration', 'syria-war-duration', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     'over seven years', 7, 'over', 'years', DATE '2017-12-25', 'approximate', 'syrian-civil-war',
     'In the rebel statement as quoted: Russia spent "over seven years preventing UN condemnation" of the government, i.e. the whole war. The statement''s figure, not the article''s.'),
    ('the-national-2017-12-25-rebel-signatories', 'rebel-statement-signatories', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     'around 40', 40, 'around', 'rebel groups', DATE '2017-12-25', 'day', 'rebel-statement-rejecting-sochi',
     '"a statement by around 40 rebel groups".'),
    ('the-national-2017-12-25-rebel-statement-date', 'rebel-statement-date', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     '2017-12-25', NULL, NULL, 'date', DATE '2017-12-25', 'approximate', 'rebel-statement-rejecting-sochi',
     'Stated as "on Monday"; resolved against the photo caption''s Friday, 22 December 2017, to Monday 25 December 2017.'),
    ('the-national-2017-12-25-rebel-statement-count', 'rebel-statement-count', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     '1', 1, NULL, 'statements', DATE '2017-12-25', 'approximate', 'rebel-statement-rejecting-sochi',
     '"In a statement by around 40 rebel groups".'),
    ('the-national-2017-12-25-air-campaign-start', 'russian-air-campaign-start', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     '../2015-12', NULL, 'over two years ago', 'date', DATE '2017-12-25', 'approximate', 'russian-air-campaign-in-syria',
     '"a major aerial campaign over two years ago", counted back from about 25 December 2017: begun no later than December 2015 (open-start interval).'),
    ('the-national-2017-12-25-airstrike-casualties', 'russian-airstrike-civilian-casualties', 'the-national-2017-12-25-rebel-groups-reject-sochi',
     'hundreds', NULL, 'hundreds of', 'civilian casualties', DATE '2017-12-25', 'approximate', 'russian-air-campaign-in-syria',
     'What "rebels and residents say"; Moscow says it targets militants.');

-- ---------------------------------------------------------------------------------------------
-- Citations. U&'...\00A0...' marks the no-break spaces (U+00A0) of the source text.
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russia received backing on Friday from Turkey and Iran', 'russia'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russia received backing on Friday from Turkey and Iran', 'turkey'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russia received backing on Friday from Turkey and Iran', 'iran'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Kazakhstan''s capital, Astana', 'kazakhstan'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Kazakh diplomat Aidarbek Tumanov', 'aidarbek-tumanov'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'UN Syria envoy Staffan de Mistura', 'staffan-de-mistura'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'In a statement by around 40 rebel groups, which include some of the military factions that participated in earlier rounds of Geneva peace talks', 'forty-rebel-groups'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Some rebels said they had not yet made up their minds.', 'some-rebels'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'rebels and residents say the Russian air strikes', 'rebels-and-residents'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'trying to remove Mr Al Assad from power', 'bashar-al-assad'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'they said Moscow had not put pressure on the Syrian government', 'syrian-government'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Turkey has been a supporter of the opposition groups and rebels', 'syrian-opposition'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'the mandated political process under the UN in Geneva', 'united-nations');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Al Assad’s regime',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'Al Assad')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Mr Al Assad',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'Mr Al Assad')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'UN Syria envoy Staffan de Mistura',
     (SELECT id FROM actor_aliases WHERE actor_id = 'staffan-de-mistura' AND alias = 'UN Syria envoy')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'the UN special envoy for Syria said',
     (SELECT id FROM actor_aliases WHERE actor_id = 'staffan-de-mistura' AND alias = 'the UN special envoy for Syria')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', U&'The Syrian opposition group\00A0on Monday rejected',
     (SELECT id FROM actor_aliases WHERE actor_id = 'forty-rebel-groups' AND alias = 'The Syrian opposition group')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'around 40 rebel groups',
     (SELECT id FROM actor_aliases WHERE actor_id = 'forty-rebel-groups' AND alias = '40 rebel groups')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Moscow says it targets militants',
     (SELECT id FROM actor_aliases WHERE actor_id = 'russia' AND alias = 'Moscow')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'has not pressured the regime that it claims it is a guarantor',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-government' AND alias = 'the regime'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Kazakh diplomat Aidarbek Tumanov',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'aidarbek-tumanov' AND parent_id = 'kazakhstan' AND relation = 'official-of')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'UN Syria envoy Staffan de Mistura',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'staffan-de-mistura' AND parent_id = 'united-nations' AND relation = 'official-of')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Turkey has been a supporter of the opposition groups and rebels trying to remove Mr Al Assad from power',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-opposition' AND parent_id = 'turkey' AND relation = 'backed-by')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'while Russia and Iran have been his main backers',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'russia' AND relation = 'backed-by')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'while Russia and Iran have been his main backers',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'iran' AND relation = 'backed-by'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Syria''s conflict, now in its seventh year', 'syrian-civil-war'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'the Russian air strikes conducted since a major aerial campaign over two years ago', 'russian-air-campaign-in-syria'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Members of the delegations take part in the peace talks on Syria in Astana, Kazakhstan December 22, 2017.', 'astana-round-2017-12'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'during Friday''s meeting in Kazakhstan''s capital, Astana', 'astana-round-2017-12'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russian news reports cited Kazakh diplomat Aidarbek Tumanov, who said that during Friday''s meeting in Kazakhstan''s capital, Astana, the parties agreed to hold the so-called Congress for National Dialogue in Sochi on January 29-30.', 'tumanov-announces-sochi-dates'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', U&'The Syrian opposition group\00A0on Monday rejected Russia’s planned Sochi conference on Syria', 'rebel-statement-rejecting-sochi'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russia’s planned Sochi conference on Syria', 'congress-of-syrian-national-dialogue');

INSERT INTO citations (source_id, quote, schedule_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'the parties agreed to hold the so-called Congress for National Dialogue in Sochi on January 29-30',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'to hold Syria peace talks in Russia''s Black Sea resort of Sochi next month',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29'));

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'In a statement by around 40 rebel groups',
     (SELECT id FROM event_participants WHERE event_id = 'rebel-statement-rejecting-sochi' AND actor_id = 'forty-rebel-groups' AND role = 'signatory')),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russian news reports cited Kazakh diplomat Aidarbek Tumanov, who said',
     (SELECT id FROM event_participants WHERE event_id = 'tumanov-announces-sochi-dates' AND actor_id = 'aidarbek-tumanov' AND role = 'speaker'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Syrian rebel groups reject Russian-sponsored Sochi conference', 'forty-rebel-groups-reject-sochi-congress'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', U&'The Syrian opposition group\00A0on Monday rejected Russia’s planned Sochi conference on Syria', 'forty-rebel-groups-reject-sochi-congress'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'saying Moscow was seeking to bypass a UN-based Geneva peace process', 'forty-rebel-groups-accuse-russia-of-bypassing-geneva'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'The opposition group said Moscow was seeking to bypass a UN-based Geneva peace process', 'forty-rebel-groups-accuse-russia-of-bypassing-geneva'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'blaming Russia for committing war crimes in the war-torn country', 'forty-rebel-groups-accuse-russia-of-war-crimes'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', U&'“Russia is an aggressor country that has committed war crimes against Syrians ... It stood with the regime militarily and defended its politically and over seven years preventing UN\00A0condemnation of [Syrian President Bashar] Al Assad’s regime,” the statement said.', 'forty-rebel-groups-accuse-russia-of-war-crimes'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'they said Moscow had not put pressure on the Syrian government to reach a political settlement', 'forty-rebel-groups-criticize-russia-for-not-pressuring-regime'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', '“Russia has not contributed one step to easing the suffering of Syrians and has not pressured the regime that it claims it is a guarantor by move in any real path towards a solution,” the statement said.', 'forty-rebel-groups-criticize-russia-for-not-pressuring-regime'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russia received backing on Friday from Turkey and Iran to hold Syria peace talks in Russia''s Black Sea resort of Sochi next month', 'turkey-supports-sochi-congress'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russia received backing on Friday from Turkey and Iran to hold Syria peace talks in Russia''s Black Sea resort of Sochi next month', 'iran-supports-sochi-congress'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'a move that the UN special envoy for Syria said should be assessed based on its contribution to the mandated political process under the UN in Geneva', 'un-conditional-on-sochi-congress'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'UN Syria envoy Staffan de Mistura said that Russia’s plan to convene the congress should be assessed by its ability to contribute to and support the UN-led Geneva talks on ending the war in Syria.', 'un-conditional-on-sochi-congress'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Some rebels said they had not yet made up their minds.', 'some-rebels-undecided-on-sochi-congress'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'rebels and residents say the Russian air strikes conducted since a major aerial campaign over two years ago has caused hundreds of civilian casualties in indiscriminate bombing of civilian areas away from the front-line', 'rebels-and-residents-accuse-russia-over-air-strikes'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Moscow says it targets militants', 'russia-defends-air-campaign');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'in Sochi on January 29-30', 'the-national-2017-12-25-sochi-congress-date'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'Russia''s Black Sea resort of Sochi', 'the-national-2017-12-25-sochi-congress-venue'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'which has claimed the lives of 400,000', 'the-national-2017-12-25-death-toll'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'now in its seventh year', 'the-national-2017-12-25-war-duration'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', U&'over seven years preventing UN\00A0condemnation', 'the-national-2017-12-25-statement-war-duration'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'a statement by around 40 rebel groups', 'the-national-2017-12-25-rebel-signatories'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', U&'The Syrian opposition group\00A0on Monday rejected', 'the-national-2017-12-25-rebel-statement-date'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'In a statement by around 40 rebel groups', 'the-national-2017-12-25-rebel-statement-count'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'a major aerial campaign over two years ago', 'the-national-2017-12-25-air-campaign-start'),
    ('the-national-2017-12-25-rebel-groups-reject-sochi', 'has caused hundreds of civilian casualties', 'the-national-2017-12-25-airstrike-casualties');
