-- Article 004_334998c0b7d29107.txt — RFE/RL, 29 January 2018:
-- "Sochi Conference On Syria Opens Despite Opposition Boycott".
-- The congress opens in Sochi on 29 January 2018 (29-30 January); the Syrian Negotiation
-- Commission (SNC) and Kurdish groups stay away, the US and France will not take part, Peskov
-- dismisses the boycott, de Mistura is expected. Coding rules: docs/curation.md.

-- ---------------------------------------------------------------------------------------------
-- Source
-- ---------------------------------------------------------------------------------------------
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body) VALUES (
    'rferl-2018-01-29-sochi-conference-opens-despite-boycott',
    '004_334998c0b7d29107.txt',
    'Sochi Conference On Syria Opens Despite Opposition Boycott',
    'Radio Free Europe/Radio Liberty (RFE/RL)',
    'Not named in the text. Inferred: the credit line "With reporting by Reuters, AFP, Interfax, and AP" has the form of RFE/RL''s credit in 001 ("With reporting by AP and Reuters"), which names itself RFE/RL; the page template ("Accessibility links", "Breaking News") is the one RFE/RL and VOA share, and the transliteration "Aleksandr" is RFE/RL''s.',
    DATE '2018-01-29', 'day',
    'No date printed. The congress "Opens" (headline) and delegates "have gathered" for the January 29-30 conference; Peskov spoke "during a January 29 call"; the photo caption is dated "January 29, 2018". Written on the opening day, 29 January 2018.',
    $article$Accessibility links

Breaking News

Sochi Conference On Syria Opens Despite Opposition Boycott

Russian special envoys to Syria Aleksandr Lavrentiev gives an interview on the sidelines of the Congress of Syrian National Dialogue, Moscow, January 29, 2018

Delegates have gathered in the southern Russian city of Sochi for a two-day conference aimed at helping resolve the seven-year civil war in Syria, but the main groups opposing the Syrian government are boycotting the event.

Moscow, which is the main international ally of Syrian President Bashar al-Assad, has invited some 1,600 delegates -- including from the ruling Baath Party and organizations close to the government -- to the January 29-30 conference. The stated main goal of the event is the creation of a mechanism for writing a new Syrian constitution.

The Syrian Negotiation Commission (SNC), the main opposition group, and groups representing Syria's Kurdish minority have said they will not attend. The United States also said it would not send delegates.

"We note that the Syrian Negotiation Commission has announced it will not attend, and we respect that decision," Maria Olson, a spokeswoman for the U.S. Embassy in Moscow, told Russia's Interfax news agency. "Our collective focus must remain on the UN-led political process in Geneva."

France's Foreign Ministry on January 29 also said it would not participate in the Sochi event and urged that all initiatives on Syria "must support the UN process and be in that framework."

Kremlin spokesman Dmitry Peskov told reporters during a January 29 call that the boycott of the conference by the opposition was not a serious hindrance.

"The fact that some representatives of the processes currently taking place in Syria are not participating is unlikely to stop this congress from going ahead and is unlikely to seriously undermine the importance of the congress," Peskov said.

The UN's special envoy for Syria, Staffan de Mistura, was expected to attend the Sochi conference.

The event is being held under the auspices of the so-called Astana process, named after the Kazakh capital where meetings on Syrian cease-fires have been held. That process has been jointly sponsored by Russia, Iran, and Turkey, and the three countries held separate consultations in the run-up to the Sochi talks.

Western powers and the Syrian opposition have warned that the Astana process could be intended to replace the UN-led Geneva process, which has been stalled over the issue of whether Assad should step down.

With reporting by Reuters, AFP, Interfax, and AP$article$);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('aleksandr-lavrentiev', 'Aleksandr Lavrentiev', 'person', 'RU', 'Russia''s special envoy to Syria (the caption says "Russian special envoys to Syria").'),
    ('dmitry-peskov', 'Dmitry Peskov', 'person', 'RU', 'Kremlin spokesman.'),
    ('france', 'France', 'state', 'FR', 'French Republic; did not take part in the Sochi congress.'),
    ('french-foreign-ministry', 'French Foreign Ministry', 'ministry', 'FR', 'France''s Ministry for Europe and Foreign Affairs.'),
    ('us-embassy-moscow', 'U.S. Embassy in Moscow', 'ministry', 'US', 'The United States embassy in Russia; its spokeswoman is Maria Olson.'),
    ('maria-olson', 'Maria Olson', 'person', 'US', 'Spokeswoman for the U.S. Embassy in Moscow.'),
    ('interfax', 'Interfax', 'media', 'RU', 'Russian news agency ("Russia''s Interfax news agency") to which the U.S. Embassy gave its statement.'),
    ('western-powers', 'Western powers', 'collective', NULL, '"Western powers" that warned the Astana process could be meant to replace Geneva (004). Unnamed.'),
    ('organisations-close-to-syrian-government', 'Organisations close to the Syrian government', 'collective', 'SY', '"organizations close to the government" whose delegates Russia invited to Sochi (004). Unnamed.'),
    ('syrian-national-council', 'Syrian National Council', 'opposition-body', 'SY', 'Syrian opposition council formed in 2011. Not reported in the corpus: recorded only so that the acronym "SNC", which 004 uses for the Syrian Negotiation Commission and which is also common for this council and for the Syrian National Coalition, resolves to every body it can mean.');

-- "SNC" is ambiguous: the same alias text on each body it can mean, never a merge.
INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('syrian-negotiation-commission', 'SNC', 'acronym', 'Ambiguous: 004 writes "SNC" for the Syrian Negotiation Commission, but the same acronym is widely used for the Syrian National Coalition and the Syrian National Council. Resolve by context.'),
    ('syrian-national-coalition', 'SNC', 'acronym', 'Ambiguous: widely used for the Syrian National Coalition, but 004 writes "SNC" for the Syrian Negotiation Commission; not used for the Coalition anywhere in the corpus.'),
    ('syrian-national-council', 'SNC', 'acronym', 'Ambiguous: widely used for the Syrian National Council (2011), but 004 writes "SNC" for the Syrian Negotiation Commission; not used for the Council anywhere in the corpus.'),
    ('dmitry-peskov', 'Kremlin spokesman', 'title', NULL),
    ('staffan-de-mistura', 'The UN''s special envoy for Syria', 'title', NULL),
    ('syrian-opposition', 'the main groups opposing the Syrian government', 'descriptor', NULL),
    ('syrian-kurdish-groups', 'groups representing Syria''s Kurdish minority', 'descriptor', NULL);

INSERT INTO actor_affiliations (actor_id, parent_id, relation, note) VALUES
    ('aleksandr-lavrentiev', 'russia', 'official-of', 'Special envoy to Syria.'),
    ('dmitry-peskov', 'kremlin', 'spokesperson-for', NULL),
    ('french-foreign-ministry', 'france', 'part-of', NULL),
    ('us-embassy-moscow', 'united-states', 'part-of', NULL),
    ('maria-olson', 'us-embassy-moscow', 'spokesperson-for', NULL),
    ('syrian-negotiation-commission', 'syrian-opposition', 'member-of', '"the main opposition group" (004).');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
-- The congress opened on 29 January 2018. Status is as of the latest source, which reports the
-- opening day of a two-day event: ongoing (see docs/curation.md).
UPDATE events
   SET status = 'ongoing',
       summary = 'The Russia-hosted congress of Syrian parties in Sochi, held under the auspices of the Astana process; its stated main goal is a mechanism for writing a new constitution. First announced for 18 November 2017 (002); on 22 December 2017 the Astana meeting moved it to 29-30 January 2018 (000); it opened on 29 January 2018 with the main opposition groups boycotting (004). No article reports the postponement itself; the change is read from the two plans.'
 WHERE id = 'congress-of-syrian-national-dialogue';

UPDATE event_schedules
   SET status = 'ongoing',
       note = 'Second plan: 29-30 January 2018, agreed at Friday''s (22 December 2017) meeting in Astana (Tumanov, 000); "next month" in 000, 001 and 003. Opened on 29 January 2018 (004).'
 WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29';

INSERT INTO events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision, place, country_code, latitude, longitude, parent_event_id) VALUES
    ('snc-announces-sochi-boycott', 'sochi', 'announcement', 'Syrian Negotiation Commission announces it will not attend Sochi',
     'The SNC "has announced it will not attend" (quoted by the U.S. Embassy, 004). The day is not given; before 29 January 2018.',
     'held', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('astana-sponsors-consultations-before-sochi', 'astana', 'meeting', 'Russia, Iran and Turkey consult before the Sochi congress',
     'The three Astana sponsors "held separate consultations in the run-up to the Sochi talks" (004). Undated.',
     'held', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('us-embassy-statement-to-interfax', 'sochi', 'statement', 'U.S. Embassy in Moscow: the US respects the SNC decision and will not send delegates',
     'Maria Olson told Interfax that the US notes and respects the SNC''s decision not to attend and that the focus must remain on the UN-led process in Geneva. Not dated in the text; reported as news on 29 January 2018, precision approximate.',
     'held', DATE '2018-01-29', DATE '2018-01-29', 'approximate', NULL, NULL, NULL, NULL, NULL),
    ('france-foreign-ministry-statement-2018-01-29', 'sochi', 'statement', 'French Foreign Ministry: France will not take part in Sochi',
     'France''s Foreign Ministry said on 29 January 2018 that it would not participate in the Sochi event and that all initiatives on Syria must support the UN process.',
     'held', DATE '2018-01-29', DATE '2018-01-29', 'day', NULL, NULL, NULL, NULL, NULL),
    ('peskov-call-2018-01-29', 'sochi', 'press-briefing', 'Peskov: the opposition boycott will not stop the congress',
     'Kremlin spokesman Dmitry Peskov told reporters during a call on 29 January 2018 that the opposition''s boycott was not a serious hindrance.',
     'held', DATE '2018-01-29', DATE '2018-01-29', 'day', NULL, NULL, NULL, NULL, NULL),
    ('lavrentiev-interview-at-sochi-congress', 'sochi', 'press-briefing', 'Lavrentiev interview on the sidelines of the congress',
     'Russian special envoy Aleksandr Lavrentiev gives an interview on the sidelines of the congress, 29 January 2018 (photo caption only). The caption places it in "Moscow", the body places the congress in Sochi; place left empty (see claim topic sochi-congress-venue).',
     'held', DATE '2018-01-29', DATE '2018-01-29', 'day', NULL, NULL, NULL, NULL, 'congress-of-syrian-national-dialogue');

INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('congress-of-syrian-national-dialogue', 'syrian-negotiation-commission', 'boycotted', '"have said they will not attend" (004).'),
    ('congress-of-syrian-national-dialogue', 'syrian-kurdish-groups', 'boycotted', '"groups representing Syria''s Kurdish minority have said they will not attend" (004), in the article''s account of the boycott.'),
    ('congress-of-syrian-national-dialogue', 'syrian-opposition', 'boycotted', '"the main groups opposing the Syrian government are boycotting the event" (004).'),
    ('congress-of-syrian-national-dialogue', 'united-states', 'declined', '"would not send delegates" (004).'),
    ('congress-of-syrian-national-dialogue', 'france', 'declined', '"would not participate" (004).'),
    ('congress-of-syrian-national-dialogue', 'staffan-de-mistura', 'expected', '"was expected to attend" (004).'),
    ('congress-of-syrian-national-dialogue', 'baath-party', 'invited', 'Among the some 1,600 invited delegates (004).'),
    ('congress-of-syrian-national-dialogue', 'organisations-close-to-syrian-government', 'invited', 'Among the some 1,600 invited delegates (004).'),
    ('congress-of-syrian-national-dialogue', 'aleksandr-lavrentiev', 'attended', 'Interviewed "on the sidelines of the Congress" (photo caption).'),
    ('snc-announces-sochi-boycott', 'syrian-negotiation-commission', 'signatory', NULL),
    ('astana-sponsors-consultations-before-sochi', 'russia', 'attended', NULL),
    ('astana-sponsors-consultations-before-sochi', 'iran', 'attended', NULL),
    ('astana-sponsors-consultations-before-sochi', 'turkey', 'attended', NULL),
    ('us-embassy-statement-to-interfax', 'us-embassy-moscow', 'signatory', NULL),
    ('us-embassy-statement-to-interfax', 'maria-olson', 'speaker', NULL),
    ('france-foreign-ministry-statement-2018-01-29', 'french-foreign-ministry', 'signatory', NULL),
    ('peskov-call-2018-01-29', 'dmitry-peskov', 'speaker', NULL),
    ('lavrentiev-interview-at-sochi-congress', 'aleksandr-lavrentiev', 'speaker', NULL);

-- ---------------------------------------------------------------------------------------------
-- Stances
-- Boycott vs will-not-attend: the SNC, the Kurdish groups and "the opposition" are coded
-- boycotts because 004 reports their absence as the "Opposition Boycott"; the US and France
-- decline to send anyone without rejecting the event, so will-not-attend.
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, target_track_slug, target_actor_id, speaker_id, stated_at_event_id, stated_on, stated_precision, condition, summary) VALUES
    ('snc-boycotts-sochi-congress', 'syrian-negotiation-commission', 'boycotts', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, 'snc-announces-sochi-boycott',
     NULL, NULL, NULL,
     'The Syrian Negotiation Commission, "the main opposition group", has said it will not attend. Undated ("has announced").'),
    ('kurdish-groups-boycott-sochi-congress', 'syrian-kurdish-groups', 'boycotts', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     NULL, NULL, NULL,
     'Groups representing Syria''s Kurdish minority have said they will not attend; 004 reports it as part of the boycott. Undated ("have said").'),
    ('syrian-opposition-boycotts-sochi-congress', 'syrian-opposition', 'boycotts', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     DATE '2018-01-29', 'day', NULL,
     'The main groups opposing the Syrian government are boycotting the congress as it opens.'),
    ('united-states-will-not-attend-sochi-congress', 'united-states', 'will-not-attend', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     DATE '2018-01-29', 'approximate', NULL,
     'The United States said it would not send delegates. Undated "said"; dated to publication.'),
    ('us-embassy-respects-snc-decision', 'us-embassy-moscow', 'respects-decision', 0, 'congress-of-syrian-national-dialogue', NULL, 'syrian-negotiation-commission', 'maria-olson', 'us-embassy-statement-to-interfax',
     DATE '2018-01-29', 'approximate', NULL,
     'The US notes the SNC''s decision not to attend "and we respect that decision" — neither joining nor opposing it.'),
    ('us-embassy-supports-geneva-process', 'us-embassy-moscow', 'supports', 1, NULL, 'geneva', NULL, 'maria-olson', 'us-embassy-statement-to-interfax',
     DATE '2018-01-29', 'approximate', NULL,
     '"Our collective focus must remain on the UN-led political process in Geneva."'),
    ('france-will-not-attend-sochi-congress', 'french-foreign-ministry', 'will-not-attend', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, 'france-foreign-ministry-statement-2018-01-29',
     DATE '2018-01-29', 'day', NULL,
     'France''s Foreign Ministry said France would not participate in the Sochi event.'),
    ('france-supports-un-process', 'french-foreign-ministry', 'supports', 1, NULL, 'geneva', NULL, NULL, 'france-foreign-ministry-statement-2018-01-29',
     DATE '2018-01-29', 'day',
     'All initiatives on Syria "must support the UN process and be in that framework".',
     'France urged that all initiatives on Syria support the UN process and stay within its framework.'),
    ('kremlin-dismisses-opposition-boycott', 'kremlin', 'dismisses', -1, 'congress-of-syrian-national-dialogue', NULL, 'syrian-opposition', 'dmitry-peskov', 'peskov-call-2018-01-29',
     DATE '2018-01-29', 'day', NULL,
     'Peskov: the opposition''s absence is "unlikely to stop this congress from going ahead" or to undermine its importance; not a serious hindrance.'),
    ('western-powers-criticize-astana-process', 'western-powers', 'criticizes', -1, NULL, 'astana', NULL, NULL, NULL,
     NULL, NULL, NULL,
     'Western powers warned that the Astana process could be intended to replace the UN-led Geneva process. Undated ("have warned").'),
    ('syrian-opposition-criticizes-astana-process', 'syrian-opposition', 'criticizes', -1, NULL, 'astana', NULL, NULL, NULL,
     NULL, NULL, NULL,
     'The Syrian opposition warned that the Astana process could be intended to replace the UN-led Geneva process. Undated ("have warned").');

-- ---------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------
INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('rferl-2018-01-29-sochi-invitees', 'sochi-congress-invitees', 'rferl-2018-01-29-sochi-conference-opens-despite-boycott',
     'some 1,600 delegates', 1600, 'some', 'delegates', DATE '2018-01-29', 'day', 'congress-of-syrian-national-dialogue',
     'Delegates, not organisations: "including from the ruling Baath Party and organizations close to the government". Not comparable with the 33 organisations of 002.'),
    ('rferl-2018-01-29-war-duration', 'syria-war-duration', 'rferl-2018-01-29-sochi-conference-opens-despite-boycott',
     'seven-year', 7, NULL, 'years', DATE '2018-01-29', 'day', 'syrian-civil-war',
     '"the seven-year civil war in Syria".'),
    ('rferl-2018-01-29-sochi-congress-date', 'sochi-congress-date', 'rferl-2018-01-29-sochi-conference-opens-despite-boycott',
     '2018-01-29/2018-01-30', NULL, NULL, 'date', DATE '2018-01-29', 'day', 'congress-of-syrian-national-dialogue',
     'Stated as "the January 29-30 conference", "a two-day conference".'),
    ('rferl-2018-01-29-sochi-congress-venue', 'sochi-congress-venue', 'rferl-2018-01-29-sochi-conference-opens-despite-boycott',
     'Sochi, Russia', NULL, NULL, 'place', DATE '2018-01-29', 'day', 'congress-of-syrian-national-dialogue',
     'Body: "the southern Russian city of Sochi".'),
    ('rferl-2018-01-29-sochi-congress-venue-caption', 'sochi-congress-venue', 'rferl-2018-01-29-sochi-conference-opens-despite-boycott',
     'Moscow, Russia', NULL, NULL, 'place', DATE '2018-01-29', 'day', 'congress-of-syrian-national-dialogue',
     'Photo caption: an interview "on the sidelines of the Congress of Syrian National Dialogue, Moscow, January 29, 2018". Contradicts the body of the same article; likely a caption error, kept as stated.');

-- ---------------------------------------------------------------------------------------------
-- Citations
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Russian special envoys to Syria Aleksandr Lavrentiev', 'aleksandr-lavrentiev'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Kremlin spokesman Dmitry Peskov', 'dmitry-peskov'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'France''s Foreign Ministry', 'france'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'France''s Foreign Ministry', 'french-foreign-ministry'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the U.S. Embassy in Moscow', 'us-embassy-moscow'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Maria Olson, a spokeswoman for the U.S. Embassy in Moscow', 'maria-olson'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Russia''s Interfax news agency', 'interfax'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Western powers', 'western-powers'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'organizations close to the government', 'organisations-close-to-syrian-government'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The Syrian Negotiation Commission (SNC), the main opposition group', 'syrian-negotiation-commission'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the ruling Baath Party', 'baath-party'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The United States also said', 'united-states'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The UN''s special envoy for Syria, Staffan de Mistura', 'staffan-de-mistura'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Moscow, which is the main international ally of Syrian President Bashar al-Assad', 'russia'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Syrian President Bashar al-Assad', 'bashar-al-assad'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'jointly sponsored by Russia, Iran, and Turkey', 'iran'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'jointly sponsored by Russia, Iran, and Turkey', 'turkey'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Kremlin spokesman', 'kremlin'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'groups representing Syria''s Kurdish minority', 'syrian-kurdish-groups'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Western powers and the Syrian opposition', 'syrian-opposition'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the main groups opposing the Syrian government', 'syrian-government'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the UN-led political process in Geneva', 'united-nations');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The Syrian Negotiation Commission (SNC)',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-negotiation-commission' AND alias = 'SNC')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Kremlin spokesman Dmitry Peskov',
     (SELECT id FROM actor_aliases WHERE actor_id = 'dmitry-peskov' AND alias = 'Kremlin spokesman')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The UN''s special envoy for Syria',
     (SELECT id FROM actor_aliases WHERE actor_id = 'staffan-de-mistura' AND alias = 'The UN''s special envoy for Syria')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the main groups opposing the Syrian government',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-opposition' AND alias = 'the main groups opposing the Syrian government')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'groups representing Syria''s Kurdish minority',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-kurdish-groups' AND alias = 'groups representing Syria''s Kurdish minority')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Moscow, which is the main international ally',
     (SELECT id FROM actor_aliases WHERE actor_id = 'russia' AND alias = 'Moscow')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'whether Assad should step down',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'Assad')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Syrian President Bashar al-Assad',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'Syrian President Bashar al-Assad'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Russian special envoys to Syria Aleksandr Lavrentiev',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'aleksandr-lavrentiev' AND parent_id = 'russia' AND relation = 'official-of')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Kremlin spokesman Dmitry Peskov',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'dmitry-peskov' AND parent_id = 'kremlin' AND relation = 'spokesperson-for')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'France''s Foreign Ministry',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'french-foreign-ministry' AND parent_id = 'france' AND relation = 'part-of')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the U.S. Embassy in Moscow',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'us-embassy-moscow' AND parent_id = 'united-states' AND relation = 'part-of')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Maria Olson, a spokeswoman for the U.S. Embassy in Moscow',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'maria-olson' AND parent_id = 'us-embassy-moscow' AND relation = 'spokesperson-for')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The Syrian Negotiation Commission (SNC), the main opposition group',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-negotiation-commission' AND parent_id = 'syrian-opposition' AND relation = 'member-of')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Moscow, which is the main international ally of Syrian President Bashar al-Assad',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'russia' AND relation = 'backed-by')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the ruling Baath Party',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'baath-party' AND relation = 'led-by'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Sochi Conference On Syria Opens Despite Opposition Boycott', 'congress-of-syrian-national-dialogue'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Delegates have gathered in the southern Russian city of Sochi for a two-day conference', 'congress-of-syrian-national-dialogue'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The stated main goal of the event is the creation of a mechanism for writing a new Syrian constitution.', 'congress-of-syrian-national-dialogue'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The event is being held under the auspices of the so-called Astana process', 'congress-of-syrian-national-dialogue'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the seven-year civil war in Syria', 'syrian-civil-war'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'We note that the Syrian Negotiation Commission has announced it will not attend', 'snc-announces-sochi-boycott'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the three countries held separate consultations in the run-up to the Sochi talks', 'astana-sponsors-consultations-before-sochi'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Maria Olson, a spokeswoman for the U.S. Embassy in Moscow, told Russia''s Interfax news agency.', 'us-embassy-statement-to-interfax'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'France''s Foreign Ministry on January 29 also said it would not participate in the Sochi event', 'france-foreign-ministry-statement-2018-01-29'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Kremlin spokesman Dmitry Peskov told reporters during a January 29 call', 'peskov-call-2018-01-29'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Russian special envoys to Syria Aleksandr Lavrentiev gives an interview on the sidelines of the Congress of Syrian National Dialogue, Moscow, January 29, 2018', 'lavrentiev-interview-at-sochi-congress');

INSERT INTO citations (source_id, quote, schedule_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'to the January 29-30 conference',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Delegates have gathered in the southern Russian city of Sochi for a two-day conference',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29'));

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The Syrian Negotiation Commission (SNC), the main opposition group, and groups representing Syria''s Kurdish minority have said they will not attend.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-negotiation-commission' AND role = 'boycotted')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The Syrian Negotiation Commission (SNC), the main opposition group, and groups representing Syria''s Kurdish minority have said they will not attend.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-kurdish-groups' AND role = 'boycotted')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'but the main groups opposing the Syrian government are boycotting the event',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-opposition' AND role = 'boycotted')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The United States also said it would not send delegates.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'united-states' AND role = 'declined')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'also said it would not participate in the Sochi event',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'france' AND role = 'declined')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The UN''s special envoy for Syria, Staffan de Mistura, was expected to attend the Sochi conference.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'staffan-de-mistura' AND role = 'expected')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'including from the ruling Baath Party',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'baath-party' AND role = 'invited')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'has invited some 1,600 delegates -- including from the ruling Baath Party and organizations close to the government',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'organisations-close-to-syrian-government' AND role = 'invited')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Aleksandr Lavrentiev gives an interview on the sidelines of the Congress of Syrian National Dialogue',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'aleksandr-lavrentiev' AND role = 'attended')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Moscow, which is the main international ally of Syrian President Bashar al-Assad, has invited some 1,600 delegates',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'russia' AND role = 'host')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'We note that the Syrian Negotiation Commission has announced it will not attend',
     (SELECT id FROM event_participants WHERE event_id = 'snc-announces-sochi-boycott' AND actor_id = 'syrian-negotiation-commission' AND role = 'signatory')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'That process has been jointly sponsored by Russia, Iran, and Turkey, and the three countries held separate consultations',
     (SELECT id FROM event_participants WHERE event_id = 'astana-sponsors-consultations-before-sochi' AND actor_id = 'russia' AND role = 'attended')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'That process has been jointly sponsored by Russia, Iran, and Turkey, and the three countries held separate consultations',
     (SELECT id FROM event_participants WHERE event_id = 'astana-sponsors-consultations-before-sochi' AND actor_id = 'iran' AND role = 'attended')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'That process has been jointly sponsored by Russia, Iran, and Turkey, and the three countries held separate consultations',
     (SELECT id FROM event_participants WHERE event_id = 'astana-sponsors-consultations-before-sochi' AND actor_id = 'turkey' AND role = 'attended')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'a spokeswoman for the U.S. Embassy in Moscow, told Russia''s Interfax news agency',
     (SELECT id FROM event_participants WHERE event_id = 'us-embassy-statement-to-interfax' AND actor_id = 'us-embassy-moscow' AND role = 'signatory')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Maria Olson, a spokeswoman for the U.S. Embassy in Moscow, told Russia''s Interfax news agency',
     (SELECT id FROM event_participants WHERE event_id = 'us-embassy-statement-to-interfax' AND actor_id = 'maria-olson' AND role = 'speaker')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'France''s Foreign Ministry on January 29 also said',
     (SELECT id FROM event_participants WHERE event_id = 'france-foreign-ministry-statement-2018-01-29' AND actor_id = 'french-foreign-ministry' AND role = 'signatory')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Kremlin spokesman Dmitry Peskov told reporters during a January 29 call',
     (SELECT id FROM event_participants WHERE event_id = 'peskov-call-2018-01-29' AND actor_id = 'dmitry-peskov' AND role = 'speaker')),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Aleksandr Lavrentiev gives an interview',
     (SELECT id FROM event_participants WHERE event_id = 'lavrentiev-interview-at-sochi-congress' AND actor_id = 'aleksandr-lavrentiev' AND role = 'speaker'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The Syrian Negotiation Commission (SNC), the main opposition group, and groups representing Syria''s Kurdish minority have said they will not attend.', 'snc-boycotts-sochi-congress'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'We note that the Syrian Negotiation Commission has announced it will not attend', 'snc-boycotts-sochi-congress'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The Syrian Negotiation Commission (SNC), the main opposition group, and groups representing Syria''s Kurdish minority have said they will not attend.', 'kurdish-groups-boycott-sochi-congress'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'but the main groups opposing the Syrian government are boycotting the event', 'syrian-opposition-boycotts-sochi-congress'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Sochi Conference On Syria Opens Despite Opposition Boycott', 'syrian-opposition-boycotts-sochi-congress'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'The United States also said it would not send delegates.', 'united-states-will-not-attend-sochi-congress'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', '"We note that the Syrian Negotiation Commission has announced it will not attend, and we respect that decision," Maria Olson, a spokeswoman for the U.S. Embassy in Moscow, told Russia''s Interfax news agency.', 'us-embassy-respects-snc-decision'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', '"Our collective focus must remain on the UN-led political process in Geneva."', 'us-embassy-supports-geneva-process'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'France''s Foreign Ministry on January 29 also said it would not participate in the Sochi event', 'france-will-not-attend-sochi-congress'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'urged that all initiatives on Syria "must support the UN process and be in that framework."', 'france-supports-un-process'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Kremlin spokesman Dmitry Peskov told reporters during a January 29 call that the boycott of the conference by the opposition was not a serious hindrance.', 'kremlin-dismisses-opposition-boycott'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', '"The fact that some representatives of the processes currently taking place in Syria are not participating is unlikely to stop this congress from going ahead and is unlikely to seriously undermine the importance of the congress," Peskov said.', 'kremlin-dismisses-opposition-boycott'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Western powers and the Syrian opposition have warned that the Astana process could be intended to replace the UN-led Geneva process', 'western-powers-criticize-astana-process'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'Western powers and the Syrian opposition have warned that the Astana process could be intended to replace the UN-led Geneva process', 'syrian-opposition-criticizes-astana-process');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'has invited some 1,600 delegates', 'rferl-2018-01-29-sochi-invitees'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the seven-year civil war in Syria', 'rferl-2018-01-29-war-duration'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'to the January 29-30 conference', 'rferl-2018-01-29-sochi-congress-date'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'a two-day conference', 'rferl-2018-01-29-sochi-congress-date'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'the southern Russian city of Sochi', 'rferl-2018-01-29-sochi-congress-venue'),
    ('rferl-2018-01-29-sochi-conference-opens-despite-boycott', 'on the sidelines of the Congress of Syrian National Dialogue, Moscow, January 29, 2018', 'rferl-2018-01-29-sochi-congress-venue-caption');
