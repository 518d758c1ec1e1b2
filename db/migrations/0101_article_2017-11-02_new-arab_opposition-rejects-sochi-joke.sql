-- Article 002_6d9a8fd92b2bd53f.txt — The New Arab, 2 November 2017:
-- "Syria opposition rejects Russia-hosted peace conference calling it 'a joke'".
-- The earliest article: Moscow's Sochi congress is announced for 18 November at the end of the
-- Astana round (Tuesday 31 October 2017); the Syrian National Coalition and the High Negotiations
-- Committee reject it, the Syrian government will attend. Coding rules: docs/curation.md.

-- ---------------------------------------------------------------------------------------------
-- Source
-- ---------------------------------------------------------------------------------------------
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body) VALUES (
    'new-arab-2017-11-02-opposition-rejects-sochi-joke',
    '002_6d9a8fd92b2bd53f.txt',
    'Syria opposition rejects Russia-hosted peace conference calling it ''a joke''',
    'The New Arab',
    'Not named in the text. Inferred from the page furniture of The New Arab (alaraby.co.uk/english): the "3 min read" line, the "02 November, 2017" dateline format and the bracketed photo credit "[Getty]".',
    DATE '2017-11-02', 'day',
    'Printed under the standfirst: "02 November, 2017". Consistent with the text: the Astana announcement was "on Tuesday" (31 October 2017) and the congress is "later this month" (18 November).',
    $article$Syria opposition rejects Russia-hosted peace conference calling it 'a joke'

Moscow's proposal to hold a "Congress of Syrian National Dialogue" this month was announced at the end of the latest round of talks in the Kazakh capital Astana.
3 min read
02 November, 2017
Recent talks in Kazakhstan have focused on ironing out the details of 'de-escalation' zones [Getty]
Syrian opposition groups in exile vowed to boycott peace talks with President Bashar al-Assad's regime that his ally Russia plans to host later this month, calling them "a joke".

Moscow's proposal to hold a "Congress of Syrian National Dialogue" on November 18 was announced on Tuesday at the end of the latest round of talks on Syria held in the Kazakh capital Astana.

Those talks have run in parallel to negotiations held in Geneva with the backing of the United Nations.

The Syrian National Coalition, an umbrella organisation of opposition groups in exile, "will not participate in any negotiations with the regime outside the framework of Geneva... and without the sponsorship of the United Nations," spokesman Ahmed Ramadan said.

On Tuesday, Russia's foreign ministry website listed 33 Syrian organisations invited to the planned congress in the Russian city of Sochi, including pro-regime forces and the full spectrum of opposition groups.

The proposal "is a joke in bad taste proposed by the regime in cooperation with Russia," said Yehya al-Aridi, a spokesman for the High Negotiations Committee, which represents key opposition groups at the Geneva talks.

"We have dozens of reasons to reject the Russian initiative. The main one is that it does not provide a solution to the Syrian crisis, it does not bring security to Syrians or rid them of a regime programmed to kill them," he added.

"Russia wants to impose opposition factions fabricated by the regime," he said, referring to parties created in Damascus after the conflict erupted in 2011 but which the opposition in exile sees as aligned with the regime.

It does not provide a solution to the Syrian crisis, it does not bring security to Syrians or rid them of a regime programmed to kill them

The head of the Syrian government's delegation to the Astana talks, Bashar al-Jaafari, said the regime "of course is ready to participate" in the Sochi conference, the official SANA news agency reported.

The Syrian conflict began when the Baath regime, in power since 1963 and led by President Bashar al-Assad, responded with military force to peaceful protests demanding democratic reforms during the Arab Spring wave of uprisings, triggering an armed rebellion fuelled by mass defections from the Syrian army.

According to independent monitors, hundreds of thousands of civilians have been killed in the war, mostly by the regime and its powerful allies, and millions have been displaced both inside and outside of Syria. The brutal tactics pursued mainly by the regime, which have included the use of chemical weapons, sieges, mass executions and torture against civilians have led to war crimes investigations.

Recent rounds of talks in Kazakhstan have focused on ironing out the details of a Russia-led plan establishing four "de-escalation" zones in Syria.

A new round of UN-backed Syria talks is scheduled to be held from November 28 in Geneva.$article$);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- Rule: one actor per body; unnamed groups that take a position are collectives; a state's
-- ministries and spokespeople are separate actors tied to it by affiliations.
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('russia', 'Russia', 'state', 'RU', 'The Russian Federation: host of the Sochi congress, co-sponsor of the Astana process and the main military backer of the Syrian government.'),
    ('russian-foreign-ministry', 'Russian Foreign Ministry', 'ministry', 'RU', 'The Ministry of Foreign Affairs of the Russian Federation; published the list of organisations invited to the Sochi congress.'),
    ('syrian-government', 'Syrian government', 'government', 'SY', 'The government of President Bashar al-Assad, which the opposition and some articles call "the regime".'),
    ('bashar-al-assad', 'Bashar al-Assad', 'person', 'SY', 'President of Syria.'),
    ('baath-party', 'Baath Party', 'political-party', 'SY', 'The Arab Socialist Baath Party, Syria''s ruling party; 002 calls the government "the Baath regime, in power since 1963".'),
    ('syrian-army', 'Syrian army', 'ministry', 'SY', 'The armed forces of the Syrian government (an organ of the government, hence kind ministry); 002 mentions mass defections from it in 2011.'),
    ('bashar-al-jaafari', 'Bashar al-Jaafari', 'person', 'SY', 'Syrian diplomat; head of the Syrian government''s delegation to the Astana talks.'),
    ('sana', 'SANA', 'media', 'SY', 'Syrian Arab News Agency, the official Syrian state news agency; reported al-Jaafari''s statement.'),
    ('syrian-opposition', 'Syrian opposition', 'collective', 'SY', 'The Syrian opposition as a whole — political bodies and armed groups opposed to the Assad government — where an article refers to it collectively ("the full spectrum of opposition groups", "the Syrian opposition").'),
    ('syrian-opposition-in-exile', 'Syrian opposition groups in exile', 'collective', 'SY', 'The opposition bodies based outside Syria that vowed to boycott the Sochi congress (002); the Syrian National Coalition is named as one of them.'),
    ('syrian-national-coalition', 'Syrian National Coalition', 'opposition-body', 'SY', 'National Coalition for Syrian Revolutionary and Opposition Forces: "an umbrella organisation of opposition groups in exile" (002).'),
    ('ahmed-ramadan', 'Ahmed Ramadan', 'person', 'SY', 'Spokesman of the Syrian National Coalition.'),
    ('syrian-negotiation-commission', 'Syrian Negotiation Commission', 'opposition-body', 'SY', 'The opposition''s negotiating body for the UN-led Geneva talks. Called the High Negotiations Committee (HNC) in 002 (November 2017); restructured and renamed the Syrian Negotiation Commission at the second Riyadh opposition conference in late November 2017 (outside knowledge, not stated in the corpus), the name 004 uses (January 2018). One body, both names as aliases.'),
    ('yehya-al-aridi', 'Yehya al-Aridi', 'person', 'SY', 'Spokesman of the High Negotiations Committee (later the Syrian Negotiation Commission).'),
    ('regime-aligned-opposition-parties', 'Opposition parties aligned with the Syrian government', 'collective', 'SY', 'Parties "created in Damascus after the conflict erupted in 2011" which the opposition in exile sees as aligned with the regime; al-Aridi calls them "opposition factions fabricated by the regime" (002).'),
    ('pro-regime-forces', 'Pro-regime forces', 'collective', 'SY', 'Pro-government Syrian forces named among the 33 organisations Russia invited to the congress (002).'),
    ('united-nations', 'United Nations', 'international-organisation', NULL, 'The United Nations, sponsor of the Geneva peace process; its special envoy for Syria is Staffan de Mistura.');

INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('russia', 'Moscow', 'metonym', NULL),
    ('syrian-government', 'the regime', 'descriptor', 'Used by the opposition and by 000, 001 and 002.'),
    ('syrian-government', 'Baath regime', 'descriptor', NULL),
    ('bashar-al-assad', 'President Bashar al-Assad', 'title', NULL),
    ('syrian-negotiation-commission', 'High Negotiations Committee', 'name', 'The name until the body was restructured and renamed in late November 2017; used by 002.'),
    ('syrian-negotiation-commission', 'HNC', 'acronym', 'Acronym of the former name; not used in the corpus.'),
    ('sana', 'Syrian Arab News Agency', 'name', 'Expansion of the acronym; not used in the corpus.'),
    ('united-nations', 'UN', 'acronym', NULL),
    ('united-nations', 'U.N.', 'acronym', NULL),
    ('regime-aligned-opposition-parties', 'opposition factions fabricated by the regime', 'descriptor', 'Al-Aridi''s phrase (002).'),
    ('syrian-opposition-in-exile', 'the opposition in exile', 'short-name', NULL);

INSERT INTO actor_affiliations (actor_id, parent_id, relation, note) VALUES
    ('russian-foreign-ministry', 'russia', 'part-of', NULL),
    ('bashar-al-assad', 'syrian-government', 'leader-of', NULL),
    ('syrian-government', 'baath-party', 'led-by', 'The ruling party.'),
    ('syrian-army', 'syrian-government', 'part-of', NULL),
    ('bashar-al-jaafari', 'syrian-government', 'official-of', 'Head of the government delegation to the Astana talks.'),
    ('sana', 'syrian-government', 'part-of', 'The official state news agency.'),
    ('syrian-national-coalition', 'syrian-opposition-in-exile', 'member-of', 'An umbrella organisation of the opposition groups in exile.'),
    ('ahmed-ramadan', 'syrian-national-coalition', 'spokesperson-for', NULL),
    ('yehya-al-aridi', 'syrian-negotiation-commission', 'spokesperson-for', 'Spokesman for the High Negotiations Committee (002).'),
    ('syrian-government', 'russia', 'backed-by', 'Russia is "his ally" (002), "his main backers" (000), "Syria''s most powerful ally" (003).');

-- ---------------------------------------------------------------------------------------------
-- Tracks: the UN sponsors the Geneva track ("with the backing of the United Nations").
-- ---------------------------------------------------------------------------------------------
INSERT INTO track_sponsors (track_slug, actor_id) VALUES
    ('geneva', 'united-nations');

-- ---------------------------------------------------------------------------------------------
-- Events
-- Status is "as of the latest source"; later migrations update it when a later article reports
-- a change (the congress moves to January 2018 in 0102 and opens in 0105).
-- ---------------------------------------------------------------------------------------------
INSERT INTO events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision, place, country_code, latitude, longitude, parent_event_id) VALUES
    ('syrian-civil-war', NULL, 'conflict', 'Syrian civil war',
     'The war that began in 2011 when the government met peaceful protests with military force, triggering an armed rebellion (002). 002 gives the year 2011; 001 refines it to March 2011 (see 0103).',
     'ongoing', DATE '2011-01-01', NULL, 'year', 'Syria', 'SY', NULL, NULL, NULL),
    ('astana-round-2017-10', 'astana', 'talks-round', 'Astana talks round of 30-31 October 2017',
     'The round of talks on Syria in Astana at whose end, on Tuesday 31 October 2017, Moscow''s congress proposal was announced. 002 dates only the end ("on Tuesday"); the opening day, 30 October, is the publicly recorded start of this (seventh) Astana round and is not stated in the corpus.',
     'held', DATE '2017-10-30', DATE '2017-10-31', 'day', 'Astana', 'KZ', 51.17000, 71.45000, NULL),
    ('russia-announces-sochi-congress', 'sochi', 'announcement', 'Russia announces a Congress of Syrian National Dialogue for 18 November 2017',
     'Moscow''s proposal to hold a "Congress of Syrian National Dialogue" on 18 November was announced at the end of the Astana round. "On Tuesday" resolved from the publication date (Thursday 2 November 2017) to 31 October 2017.',
     'held', DATE '2017-10-31', DATE '2017-10-31', 'day', 'Astana', 'KZ', 51.17000, 71.45000, 'astana-round-2017-10'),
    ('russian-foreign-ministry-lists-sochi-invitees', 'sochi', 'announcement', 'Russian Foreign Ministry lists 33 Syrian organisations invited to the Sochi congress',
     'Russia''s foreign ministry website listed 33 Syrian organisations invited to the planned congress, including pro-regime forces and the full spectrum of opposition groups. "On Tuesday" resolved to 31 October 2017.',
     'held', DATE '2017-10-31', DATE '2017-10-31', 'day', NULL, NULL, NULL, NULL, NULL),
    ('congress-of-syrian-national-dialogue', 'sochi', 'congress', 'Congress of Syrian National Dialogue in Sochi',
     'The Russia-hosted congress of Syrian parties in Sochi. First announced for 18 November 2017 (002).',
     'planned', DATE '2017-11-18', NULL, 'day', 'Sochi', 'RU', 43.60000, 39.73000, NULL),
    ('geneva-round-2017-11-28', 'geneva', 'talks-round', 'UN-backed Geneva talks round from 28 November 2017',
     'A new round of UN-backed Syria talks scheduled to be held from 28 November 2017 in Geneva (002). No later article reports it, so it stays planned.',
     'planned', DATE '2017-11-28', NULL, 'day', 'Geneva', 'CH', 46.20000, 6.14000, NULL),
    ('sana-reports-jaafari-statement', 'sochi', 'statement', 'Al-Jaafari: the government is "of course ready to participate" in Sochi',
     'The head of the government delegation to the Astana talks said the government is ready to take part in the congress, as reported by the official SANA news agency. Not dated in the text; reported in the article of 2 November 2017, precision approximate.',
     'held', DATE '2017-11-02', DATE '2017-11-02', 'approximate', NULL, NULL, NULL, NULL, NULL);

INSERT INTO event_schedules (event_id, start_date, end_date, date_precision, status, announced_on, note) VALUES
    ('congress-of-syrian-national-dialogue', DATE '2017-11-18', NULL, 'day', 'planned', DATE '2017-10-31',
     'First plan: 18 November 2017, announced at the end of the Astana round on Tuesday 31 October 2017 (002).'),
    ('geneva-round-2017-11-28', DATE '2017-11-28', NULL, 'day', 'planned', NULL,
     '"scheduled to be held from November 28" (002); end date not stated.');

INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('congress-of-syrian-national-dialogue', 'russia', 'host', NULL),
    ('congress-of-syrian-national-dialogue', 'pro-regime-forces', 'invited', 'Among the 33 organisations on the Russian Foreign Ministry list (002).'),
    ('congress-of-syrian-national-dialogue', 'syrian-opposition', 'invited', '"the full spectrum of opposition groups" were on the list of 33 (002).'),
    ('congress-of-syrian-national-dialogue', 'syrian-opposition-in-exile', 'boycotted', 'Vowed to boycott (002).'),
    ('congress-of-syrian-national-dialogue', 'syrian-national-coalition', 'boycotted', 'Will not take part in negotiations outside the Geneva framework (002).'),
    ('congress-of-syrian-national-dialogue', 'syrian-government', 'expected', 'Al-Jaafari: "of course is ready to participate" (002).'),
    ('astana-round-2017-10', 'syrian-government', 'attended', 'Delegation headed by Bashar al-Jaafari.'),
    ('russia-announces-sochi-congress', 'russia', 'signatory', 'Moscow''s proposal was announced.'),
    ('russian-foreign-ministry-lists-sochi-invitees', 'russian-foreign-ministry', 'signatory', 'Published on the ministry website.'),
    ('geneva-round-2017-11-28', 'united-nations', 'sponsor', '"UN-backed".'),
    ('sana-reports-jaafari-statement', 'bashar-al-jaafari', 'speaker', 'Reported by SANA.');

-- ---------------------------------------------------------------------------------------------
-- Stances
-- Undated "said" in a news report is dated to the publication day with precision approximate;
-- see docs/curation.md.
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, target_track_slug, target_actor_id, speaker_id, stated_at_event_id, stated_on, stated_precision, condition, summary) VALUES
    ('opposition-in-exile-boycotts-sochi-congress', 'syrian-opposition-in-exile', 'boycotts', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     DATE '2017-11-02', 'approximate', NULL,
     'Syrian opposition groups in exile vowed to boycott the Russia-hosted talks, calling them "a joke".'),
    ('coalition-boycotts-sochi-congress', 'syrian-national-coalition', 'boycotts', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, 'ahmed-ramadan', NULL,
     DATE '2017-11-02', 'approximate',
     'Would negotiate with the regime only within the Geneva framework and under UN sponsorship.',
     'The Coalition "will not participate in any negotiations with the regime outside the framework of Geneva" and without UN sponsorship; coded boycotts because the refusal is a protest against the forum itself, which 002 reports as a vow to boycott.'),
    ('hnc-rejects-sochi-congress', 'syrian-negotiation-commission', 'rejects', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, 'yehya-al-aridi', NULL,
     DATE '2017-11-02', 'approximate', NULL,
     'The High Negotiations Committee calls the proposal "a joke in bad taste proposed by the regime in cooperation with Russia" and has "dozens of reasons to reject the Russian initiative".'),
    ('hnc-accuses-russia-of-imposing-regime-made-factions', 'syrian-negotiation-commission', 'accuses', -1, NULL, NULL, 'russia', 'yehya-al-aridi', NULL,
     DATE '2017-11-02', 'approximate', NULL,
     'Al-Aridi: Russia wants to impose opposition factions fabricated by the regime.'),
    ('hnc-accuses-syrian-government', 'syrian-negotiation-commission', 'accuses', -1, NULL, NULL, 'syrian-government', 'yehya-al-aridi', NULL,
     DATE '2017-11-02', 'approximate', NULL,
     'Al-Aridi calls the government "a regime programmed to kill" Syrians.'),
    ('syrian-government-ready-to-attend-sochi-2017-11', 'syrian-government', 'will-attend', 1, 'congress-of-syrian-national-dialogue', NULL, NULL, 'bashar-al-jaafari', 'sana-reports-jaafari-statement',
     DATE '2017-11-02', 'approximate', NULL,
     'Al-Jaafari, head of the government delegation to Astana, said the government "of course is ready to participate" in the congress then planned for 18 November (reported by SANA). A separate stance records the later "has said it will attend" (001, 003).');

-- ---------------------------------------------------------------------------------------------
-- Claims: figures as this article states them.
-- Date-valued claims (unit 'date'): value_text is ISO 8601 — a year, a month, a day or an
-- interval "start/end", with ".." for an open end — and value_numeric is NULL; the wording is in
-- the note and the citation.
-- ---------------------------------------------------------------------------------------------
INSERT INTO claim_topics (slug, title, unit, description) VALUES
    ('sochi-congress-date', 'Date of the Sochi congress', 'date', 'The date the Congress of Syrian National Dialogue was planned for, as each source states it. The plan moved from 18 November 2017 to 29-30 January 2018.'),
    ('sochi-congress-venue', 'Place of the Sochi congress', 'place', 'Where the sources place the Congress of Syrian National Dialogue.'),
    ('sochi-congress-invitees', 'Invitees to the Sochi congress', NULL, 'How many were invited to the congress: 33 Syrian organisations on the November 2017 list (002) or some 1,600 delegates in January 2018 (004). Different units and dates; not comparable, not merged.'),
    ('syria-war-death-toll', 'Death toll of the Syrian war', 'people killed', 'People killed in the Syrian war since 2011, as each source states it (some count civilians only).'),
    ('syria-war-displaced', 'People displaced by the Syrian war', 'people', 'People driven from their homes by the war.'),
    ('syria-war-start', 'Start of the Syrian war', 'date', 'When the sources say the war began.'),
    ('baath-rule-start', 'Start of Baath rule in Syria', 'date', 'Since when the Baath regime has been in power.'),
    ('de-escalation-zone-count', 'Number of de-escalation zones', 'zones', 'Zones under the Russia-led de-escalation plan discussed at Astana.');

INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('new-arab-2017-11-02-sochi-congress-date', 'sochi-congress-date', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     '2017-11-18', NULL, NULL, 'date', DATE '2017-10-31', 'day', 'congress-of-syrian-national-dialogue',
     'Stated as "on November 18" and "later this month"; the plan announced on Tuesday 31 October 2017.'),
    ('new-arab-2017-11-02-sochi-congress-venue', 'sochi-congress-venue', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     'Sochi, Russia', NULL, NULL, 'place', DATE '2017-11-02', 'day', 'congress-of-syrian-national-dialogue',
     '"the Russian city of Sochi".'),
    ('new-arab-2017-11-02-sochi-invitees', 'sochi-congress-invitees', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     '33 Syrian organisations', 33, NULL, 'organisations', DATE '2017-10-31', 'day', 'congress-of-syrian-national-dialogue',
     'Listed on the Russian Foreign Ministry website on Tuesday 31 October 2017, for the congress then planned for 18 November.'),
    ('new-arab-2017-11-02-death-toll', 'syria-war-death-toll', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     'hundreds of thousands of civilians', NULL, 'hundreds of thousands', 'civilians killed', DATE '2017-11-02', 'day', 'syrian-civil-war',
     'Attributed to "independent monitors"; counts civilians only, "mostly by the regime and its powerful allies".'),
    ('new-arab-2017-11-02-displaced', 'syria-war-displaced', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     'millions', NULL, 'millions', 'people displaced', DATE '2017-11-02', 'day', 'syrian-civil-war',
     '"displaced both inside and outside of Syria".'),
    ('new-arab-2017-11-02-war-start', 'syria-war-start', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     '2011', NULL, NULL, 'date', DATE '2017-11-02', 'day', 'syrian-civil-war',
     '"after the conflict erupted in 2011".'),
    ('new-arab-2017-11-02-baath-rule-start', 'baath-rule-start', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     '1963', NULL, 'since', 'date', DATE '2017-11-02', 'day', NULL,
     '"the Baath regime, in power since 1963".'),
    ('new-arab-2017-11-02-de-escalation-zones', 'de-escalation-zone-count', 'new-arab-2017-11-02-opposition-rejects-sochi-joke',
     '4', 4, NULL, 'zones', DATE '2017-11-02', 'day', NULL,
     '"a Russia-led plan establishing four "de-escalation" zones in Syria".');

-- ---------------------------------------------------------------------------------------------
-- Citations (offsets are located by the trigger)
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'his ally Russia plans to host later this month', 'russia'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Russia''s foreign ministry website', 'russian-foreign-ministry'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The head of the Syrian government''s delegation to the Astana talks', 'syrian-government'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'President Bashar al-Assad''s regime', 'bashar-al-assad'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the Baath regime, in power since 1963', 'baath-party'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'mass defections from the Syrian army', 'syrian-army'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Bashar al-Jaafari', 'bashar-al-jaafari'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the official SANA news agency reported', 'sana'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the full spectrum of opposition groups', 'syrian-opposition'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Syrian opposition groups in exile', 'syrian-opposition-in-exile'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The Syrian National Coalition, an umbrella organisation of opposition groups in exile', 'syrian-national-coalition'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'spokesman Ahmed Ramadan said', 'ahmed-ramadan'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the High Negotiations Committee, which represents key opposition groups at the Geneva talks', 'syrian-negotiation-commission'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Yehya al-Aridi', 'yehya-al-aridi'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'referring to parties created in Damascus after the conflict erupted in 2011 but which the opposition in exile sees as aligned with the regime', 'regime-aligned-opposition-parties'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'pro-regime forces', 'pro-regime-forces'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'negotiations held in Geneva with the backing of the United Nations', 'united-nations');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Moscow''s proposal to hold a "Congress of Syrian National Dialogue" on November 18',
     (SELECT id FROM actor_aliases WHERE actor_id = 'russia' AND alias = 'Moscow')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'negotiations with the regime outside the framework of Geneva',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-government' AND alias = 'the regime')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the Baath regime',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-government' AND alias = 'Baath regime')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'led by President Bashar al-Assad',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'President Bashar al-Assad')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'a spokesman for the High Negotiations Committee',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-negotiation-commission' AND alias = 'High Negotiations Committee')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'without the sponsorship of the United Nations',
     (SELECT id FROM actor_aliases WHERE actor_id = 'united-nations' AND alias = 'UN')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', '"Russia wants to impose opposition factions fabricated by the regime,"',
     (SELECT id FROM actor_aliases WHERE actor_id = 'regime-aligned-opposition-parties' AND alias = 'opposition factions fabricated by the regime')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'which the opposition in exile sees as aligned',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-opposition-in-exile' AND alias = 'the opposition in exile'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'On Tuesday, Russia''s foreign ministry website listed',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'russian-foreign-ministry' AND parent_id = 'russia' AND relation = 'part-of')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the Baath regime, in power since 1963 and led by President Bashar al-Assad',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'bashar-al-assad' AND parent_id = 'syrian-government' AND relation = 'leader-of')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The Syrian conflict began when the Baath regime',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'baath-party' AND relation = 'led-by')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'mass defections from the Syrian army',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-army' AND parent_id = 'syrian-government' AND relation = 'part-of')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The head of the Syrian government''s delegation to the Astana talks, Bashar al-Jaafari',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'bashar-al-jaafari' AND parent_id = 'syrian-government' AND relation = 'official-of')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the official SANA news agency',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'sana' AND parent_id = 'syrian-government' AND relation = 'part-of')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The Syrian National Coalition, an umbrella organisation of opposition groups in exile',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-national-coalition' AND parent_id = 'syrian-opposition-in-exile' AND relation = 'member-of')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'spokesman Ahmed Ramadan',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'ahmed-ramadan' AND parent_id = 'syrian-national-coalition' AND relation = 'spokesperson-for')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Yehya al-Aridi, a spokesman for the High Negotiations Committee',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'yehya-al-aridi' AND parent_id = 'syrian-negotiation-commission' AND relation = 'spokesperson-for')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'President Bashar al-Assad''s regime that his ally Russia',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'russia' AND relation = 'backed-by'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The Syrian conflict began when the Baath regime, in power since 1963 and led by President Bashar al-Assad, responded with military force to peaceful protests', 'syrian-civil-war'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'at the end of the latest round of talks on Syria held in the Kazakh capital Astana', 'astana-round-2017-10'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Moscow''s proposal to hold a "Congress of Syrian National Dialogue" on November 18 was announced on Tuesday', 'russia-announces-sochi-congress'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Moscow''s proposal to hold a "Congress of Syrian National Dialogue" this month was announced at the end of the latest round of talks in the Kazakh capital Astana.', 'russia-announces-sochi-congress'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'On Tuesday, Russia''s foreign ministry website listed 33 Syrian organisations invited to the planned congress in the Russian city of Sochi', 'russian-foreign-ministry-lists-sochi-invitees'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the planned congress in the Russian city of Sochi', 'congress-of-syrian-national-dialogue'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'A new round of UN-backed Syria talks is scheduled to be held from November 28 in Geneva.', 'geneva-round-2017-11-28'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'said the regime "of course is ready to participate" in the Sochi conference, the official SANA news agency reported', 'sana-reports-jaafari-statement');

INSERT INTO citations (source_id, quote, schedule_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Moscow''s proposal to hold a "Congress of Syrian National Dialogue" on November 18 was announced on Tuesday',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2017-11-18')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'that his ally Russia plans to host later this month',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2017-11-18')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'scheduled to be held from November 28 in Geneva',
     (SELECT id FROM event_schedules WHERE event_id = 'geneva-round-2017-11-28' AND start_date = DATE '2017-11-28'));

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'peace talks with President Bashar al-Assad''s regime that his ally Russia plans to host',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'russia' AND role = 'host')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', '33 Syrian organisations invited to the planned congress in the Russian city of Sochi, including pro-regime forces',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'pro-regime-forces' AND role = 'invited')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'including pro-regime forces and the full spectrum of opposition groups',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-opposition' AND role = 'invited')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Syrian opposition groups in exile vowed to boycott peace talks',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-opposition-in-exile' AND role = 'boycotted')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', '"will not participate in any negotiations with the regime outside the framework of Geneva... and without the sponsorship of the United Nations," spokesman Ahmed Ramadan said',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-national-coalition' AND role = 'boycotted')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'said the regime "of course is ready to participate" in the Sochi conference',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-government' AND role = 'expected')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The head of the Syrian government''s delegation to the Astana talks, Bashar al-Jaafari',
     (SELECT id FROM event_participants WHERE event_id = 'astana-round-2017-10' AND actor_id = 'syrian-government' AND role = 'attended')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Moscow''s proposal to hold a "Congress of Syrian National Dialogue" on November 18',
     (SELECT id FROM event_participants WHERE event_id = 'russia-announces-sochi-congress' AND actor_id = 'russia' AND role = 'signatory')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Russia''s foreign ministry website listed 33 Syrian organisations',
     (SELECT id FROM event_participants WHERE event_id = 'russian-foreign-ministry-lists-sochi-invitees' AND actor_id = 'russian-foreign-ministry' AND role = 'signatory')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'A new round of UN-backed Syria talks',
     (SELECT id FROM event_participants WHERE event_id = 'geneva-round-2017-11-28' AND actor_id = 'united-nations' AND role = 'sponsor')),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Bashar al-Jaafari, said the regime',
     (SELECT id FROM event_participants WHERE event_id = 'sana-reports-jaafari-statement' AND actor_id = 'bashar-al-jaafari' AND role = 'speaker'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Syrian opposition groups in exile vowed to boycott peace talks with President Bashar al-Assad''s regime that his ally Russia plans to host later this month, calling them "a joke".', 'opposition-in-exile-boycotts-sochi-congress'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'Syria opposition rejects Russia-hosted peace conference calling it ''a joke''', 'opposition-in-exile-boycotts-sochi-congress'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The Syrian National Coalition, an umbrella organisation of opposition groups in exile, "will not participate in any negotiations with the regime outside the framework of Geneva... and without the sponsorship of the United Nations," spokesman Ahmed Ramadan said.', 'coalition-boycotts-sochi-congress'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The proposal "is a joke in bad taste proposed by the regime in cooperation with Russia," said Yehya al-Aridi', 'hnc-rejects-sochi-congress'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', '"We have dozens of reasons to reject the Russian initiative. The main one is that it does not provide a solution to the Syrian crisis', 'hnc-rejects-sochi-congress'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', '"Russia wants to impose opposition factions fabricated by the regime," he said', 'hnc-accuses-russia-of-imposing-regime-made-factions'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'rid them of a regime programmed to kill them," he added.', 'hnc-accuses-syrian-government'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'The head of the Syrian government''s delegation to the Astana talks, Bashar al-Jaafari, said the regime "of course is ready to participate" in the Sochi conference, the official SANA news agency reported.', 'syrian-government-ready-to-attend-sochi-2017-11');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'to hold a "Congress of Syrian National Dialogue" on November 18', 'new-arab-2017-11-02-sochi-congress-date'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'the planned congress in the Russian city of Sochi', 'new-arab-2017-11-02-sochi-congress-venue'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'listed 33 Syrian organisations invited to the planned congress', 'new-arab-2017-11-02-sochi-invitees'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'According to independent monitors, hundreds of thousands of civilians have been killed in the war', 'new-arab-2017-11-02-death-toll'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'millions have been displaced both inside and outside of Syria', 'new-arab-2017-11-02-displaced'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'after the conflict erupted in 2011', 'new-arab-2017-11-02-war-start'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'in power since 1963', 'new-arab-2017-11-02-baath-rule-start'),
    ('new-arab-2017-11-02-opposition-rejects-sochi-joke', 'a Russia-led plan establishing four "de-escalation" zones in Syria', 'new-arab-2017-11-02-de-escalation-zones');
