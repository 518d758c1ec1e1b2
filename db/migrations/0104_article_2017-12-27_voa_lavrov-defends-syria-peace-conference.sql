-- Article 003_a8f16bec7da5c354.txt — Voice of America, about 27 December 2017:
-- "Russian Foreign Minister Defends Syria Peace Conference".
-- Lavrov says on Wednesday (27 December 2017) that the Sochi talks have "broad support"; the rebel
-- statement is dated "Tuesday"; Turkey will attend but opposes Kurdish groups; the PYD claims a
-- right to take part. Photo caption: Lavrov meets de Mistura in Moscow on 24 November 2017.
-- Coding rules: docs/curation.md.

-- ---------------------------------------------------------------------------------------------
-- Source
-- ---------------------------------------------------------------------------------------------
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body) VALUES (
    'voa-2017-12-27-lavrov-defends-syria-peace-conference',
    '003_a8f16bec7da5c354.txt',
    'Russian Foreign Minister Defends Syria Peace Conference',
    'Voice of America (VOA)',
    'Named in the text: the byline block "VOA News" and the footer "The Voice of America provides news and information in more than 40 languages...".',
    DATE '2017-12-27', 'approximate',
    'No date printed. Lavrov "said Wednesday" about "next month''s" Sochi talks, after a rebel statement of "Tuesday" (26 December 2017, matching 001''s "December 26"); the only dated caption is Nov. 24, 2017. Wednesday is therefore 27 December 2017; the article was written that day or the next. Precision approximate.',
    $article$Accessibility links

Breaking News

Russian Foreign Minister Defends Syria Peace Conference


Russian Foreign Minister Sergei Lavrov, right, welcomes U.N. special envoy on Syria Staffan de Mistura during a meeting in Moscow, Nov. 24, 2017.
Russian Foreign Minister Sergei Lavrov, right, welcomes U.N. special envoy on Syria Staffan de Mistura during a meeting in Moscow, Nov. 24, 2017.

Russian Foreign Minister Sergei Lavrov said Wednesday that next month's Russia-led peace talks in Sochi have "broad support" among the Syrian people and are meant to lay the groundwork for a U.N.-brokered peace process.

Lavrov's comments come after a collection of 40 Syrian rebel groups said Russia was trying to circumvent the U.N. peace process and that they would not attend the Sochi talks.

The rebels said Russia wants them to give up their demand that Syrian President Bashar al-Assad step down.

"We reject this and we affirm that Russia is an aggressor that has committed war crimes against Syrians," a rebel statement said Tuesday. "Russia has not contributed with a single move to alleviate the suffering of the Syrian people and it has not pressured the regime it claims it guarantees to move an inch toward any real path toward a resolution."

The rebels say the meditator in peace talks has to be a neutral and honest broker. They say Russia, as Syria's most powerful ally, is not.

The Syrian government has said it will attend the Sochi talks. Turkey, which supports the opposition, also plans to go, but says Kurdish groups should not be invited.

The Syrian Kurds' Democratic Union Party says it has a right to take part in the peace negotiations.

Turkey considers the PYD and its armed faction, the People's Protection Units, terrorist groups because of their ties to Kurdish separatists in Turkey.

U.N.-brokered peace negotiations in Geneva along with parallel talks involving Russia, Turkey, Iran, have made only minor progress toward ending Syria's six-year long civil war.

  • 16x9 Image

    VOA News

    The Voice of America provides news and information in more than 40 languages to an estimated weekly audience of over 326 million people. Stories with the VOA News byline are the work of multiple VOA journalists and may contain information from wire service reports.

XS
SM
MD
LG$article$);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('sergei-lavrov', 'Sergei Lavrov', 'person', 'RU', 'Foreign Minister of Russia.');

INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('sergei-lavrov', 'Russian Foreign Minister', 'title', NULL),
    ('staffan-de-mistura', 'U.N. special envoy on Syria', 'title', NULL),
    ('pyd', 'the Syrian Kurds'' Democratic Union Party', 'descriptor', NULL),
    ('syrian-kurdish-groups', 'Kurdish groups', 'short-name', NULL);

INSERT INTO actor_affiliations (actor_id, parent_id, relation, note) VALUES
    ('sergei-lavrov', 'russian-foreign-ministry', 'leader-of', 'Foreign Minister.');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
INSERT INTO events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision, place, country_code, latitude, longitude, parent_event_id) VALUES
    ('lavrov-de-mistura-meeting-2017-11-24', NULL, 'meeting', 'Lavrov meets UN envoy de Mistura in Moscow',
     'Russian Foreign Minister Sergei Lavrov welcomes UN special envoy Staffan de Mistura at a meeting in Moscow on 24 November 2017 (003, photo caption only; the text does not say what was discussed, so no track is assigned).',
     'held', DATE '2017-11-24', DATE '2017-11-24', 'day', 'Moscow', 'RU', 55.76000, 37.62000, NULL),
    ('lavrov-comments-on-sochi', 'sochi', 'statement', 'Lavrov says the Sochi talks have "broad support"',
     'Lavrov said the Sochi talks have "broad support" among the Syrian people and are meant to lay the groundwork for a UN-brokered peace process. "Wednesday" resolved to 27 December 2017 (the day after the rebels'' Tuesday statement).',
     'held', DATE '2017-12-27', DATE '2017-12-27', 'day', NULL, NULL, NULL, NULL, NULL);

INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('lavrov-de-mistura-meeting-2017-11-24', 'sergei-lavrov', 'host', '"welcomes" de Mistura in Moscow.'),
    ('lavrov-de-mistura-meeting-2017-11-24', 'staffan-de-mistura', 'attended', NULL),
    ('lavrov-comments-on-sochi', 'sergei-lavrov', 'speaker', NULL),
    ('congress-of-syrian-national-dialogue', 'forty-rebel-groups', 'boycotted', '"would not attend the Sochi talks" (003); coded boycotted because they reject the forum itself.'),
    ('congress-of-syrian-national-dialogue', 'turkey', 'expected', '"also plans to go" (003).');

-- ---------------------------------------------------------------------------------------------
-- Stances
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, target_track_slug, target_actor_id, speaker_id, stated_at_event_id, stated_on, stated_precision, condition, summary) VALUES
    ('russia-defends-sochi-congress', 'russia', 'defends', 1, 'congress-of-syrian-national-dialogue', NULL, NULL, 'sergei-lavrov', 'lavrov-comments-on-sochi',
     DATE '2017-12-27', 'day', NULL,
     'Lavrov defends the congress after the rebels'' rejection: it has "broad support" among Syrians and is meant to lay the groundwork for a UN-brokered peace process.'),
    ('forty-rebel-groups-criticize-russia-as-mediator', 'forty-rebel-groups', 'criticizes', -1, NULL, NULL, 'russia', NULL, NULL,
     NULL, NULL, NULL,
     'The mediator in peace talks must be a neutral and honest broker; Russia, as Syria''s most powerful ally, is not. Present tense ("say"), undated.'),
    ('turkey-will-attend-sochi-congress', 'turkey', 'will-attend', 1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     NULL, NULL, NULL,
     'Turkey "also plans to go". Undated.'),
    ('turkey-opposes-kurdish-groups-participation', 'turkey', 'opposes-participation', -1, 'congress-of-syrian-national-dialogue', NULL, 'syrian-kurdish-groups', NULL, NULL,
     NULL, NULL, NULL,
     'Turkey "says Kurdish groups should not be invited" (003). 001 reports the narrower "ruled out inviting the PYD" (stance turkey-opposes-pyd-participation); kept apart because the targets differ as stated.'),
    ('turkey-accuses-ypg', 'turkey', 'accuses', -1, NULL, NULL, 'ypg', NULL, NULL,
     NULL, NULL, NULL,
     'Turkey considers the People''s Protection Units a terrorist group because of their ties to Kurdish separatists in Turkey. Undated.'),
    ('pyd-demands-participation', 'pyd', 'demands-participation', 1, 'congress-of-syrian-national-dialogue', NULL, 'pyd', NULL, NULL,
     NULL, NULL, NULL,
     'The PYD "says it has a right to take part in the peace negotiations" — in context, the Sochi talks Turkey wants it kept out of. Undated.');

-- ---------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------
INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('voa-2017-12-27-war-duration', 'syria-war-duration', 'voa-2017-12-27-lavrov-defends-syria-peace-conference',
     'six-year', 6, NULL, 'years', DATE '2017-12-27', 'approximate', 'syrian-civil-war',
     '"Syria''s six-year long civil war".'),
    ('voa-2017-12-27-rebel-signatories', 'rebel-statement-signatories', 'voa-2017-12-27-lavrov-defends-syria-peace-conference',
     '40', 40, NULL, 'rebel groups', DATE '2017-12-27', 'approximate', 'rebel-statement-rejecting-sochi',
     '"a collection of 40 Syrian rebel groups".'),
    ('voa-2017-12-27-rebel-statement-date', 'rebel-statement-date', 'voa-2017-12-27-lavrov-defends-syria-peace-conference',
     '2017-12-26', NULL, NULL, 'date', DATE '2017-12-27', 'approximate', 'rebel-statement-rejecting-sochi',
     'Stated as "a rebel statement said Tuesday"; resolved from Lavrov''s "Wednesday" (27 December 2017) to Tuesday 26 December 2017.'),
    ('voa-2017-12-27-rebel-statement-count', 'rebel-statement-count', 'voa-2017-12-27-lavrov-defends-syria-peace-conference',
     '1', 1, NULL, 'statements', DATE '2017-12-27', 'approximate', 'rebel-statement-rejecting-sochi',
     '"a rebel statement".'),
    ('voa-2017-12-27-sochi-congress-date', 'sochi-congress-date', 'voa-2017-12-27-lavrov-defends-syria-peace-conference',
     '2018-01', NULL, NULL, 'date', DATE '2017-12-27', 'approximate', 'congress-of-syrian-national-dialogue',
     'Stated only as "next month''s" talks: January 2018, precision month.');

-- ---------------------------------------------------------------------------------------------
-- Citations. The photo caption is printed twice: explicit start_offset (first occurrence).
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, start_offset, quote, event_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference',
     (SELECT strpos(body, 'Russian Foreign Minister Sergei Lavrov, right, welcomes U.N. special envoy on Syria Staffan de Mistura during a meeting in Moscow, Nov. 24, 2017.') - 1 FROM sources WHERE id = 'voa-2017-12-27-lavrov-defends-syria-peace-conference'),
     'Russian Foreign Minister Sergei Lavrov, right, welcomes U.N. special envoy on Syria Staffan de Mistura during a meeting in Moscow, Nov. 24, 2017.',
     'lavrov-de-mistura-meeting-2017-11-24');

INSERT INTO citations (source_id, start_offset, quote, participant_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference',
     (SELECT strpos(body, 'Sergei Lavrov, right, welcomes U.N. special envoy') - 1 FROM sources WHERE id = 'voa-2017-12-27-lavrov-defends-syria-peace-conference'),
     'Sergei Lavrov, right, welcomes U.N. special envoy',
     (SELECT id FROM event_participants WHERE event_id = 'lavrov-de-mistura-meeting-2017-11-24' AND actor_id = 'sergei-lavrov' AND role = 'host')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference',
     (SELECT strpos(body, 'Staffan de Mistura during a meeting in Moscow') - 1 FROM sources WHERE id = 'voa-2017-12-27-lavrov-defends-syria-peace-conference'),
     'Staffan de Mistura during a meeting in Moscow',
     (SELECT id FROM event_participants WHERE event_id = 'lavrov-de-mistura-meeting-2017-11-24' AND actor_id = 'staffan-de-mistura' AND role = 'attended'));

INSERT INTO citations (source_id, start_offset, quote, alias_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference',
     (SELECT strpos(body, 'U.N. special envoy on Syria') - 1 FROM sources WHERE id = 'voa-2017-12-27-lavrov-defends-syria-peace-conference'),
     'U.N. special envoy on Syria',
     (SELECT id FROM actor_aliases WHERE actor_id = 'staffan-de-mistura' AND alias = 'U.N. special envoy on Syria'));

INSERT INTO citations (source_id, start_offset, quote, affiliation_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference',
     (SELECT strpos(body, 'U.N. special envoy on Syria Staffan de Mistura') - 1 FROM sources WHERE id = 'voa-2017-12-27-lavrov-defends-syria-peace-conference'),
     'U.N. special envoy on Syria Staffan de Mistura',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'staffan-de-mistura' AND parent_id = 'united-nations' AND relation = 'official-of'));

INSERT INTO citations (source_id, start_offset, quote, actor_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference',
     (SELECT strpos(body, 'Staffan de Mistura during a meeting in Moscow') - 1 FROM sources WHERE id = 'voa-2017-12-27-lavrov-defends-syria-peace-conference'),
     'Staffan de Mistura', 'staffan-de-mistura');

INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russian Foreign Minister Sergei Lavrov said Wednesday', 'sergei-lavrov'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russia, as Syria''s most powerful ally', 'russia'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a collection of 40 Syrian rebel groups', 'forty-rebel-groups'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The Syrian government has said it will attend the Sochi talks.', 'syrian-government'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey, which supports the opposition, also plans to go', 'turkey'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'parallel talks involving Russia, Turkey, Iran', 'iran'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'says Kurdish groups should not be invited', 'syrian-kurdish-groups'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The Syrian Kurds'' Democratic Union Party', 'pyd'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'its armed faction, the People''s Protection Units', 'ypg'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'their ties to Kurdish separatists in Turkey', 'kurdish-separatists-in-turkey'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Syrian President Bashar al-Assad step down', 'bashar-al-assad'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a U.N.-brokered peace process', 'united-nations'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey, which supports the opposition', 'syrian-opposition');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russian Foreign Minister Defends Syria Peace Conference',
     (SELECT id FROM actor_aliases WHERE actor_id = 'sergei-lavrov' AND alias = 'Russian Foreign Minister')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The Syrian Kurds'' Democratic Union Party',
     (SELECT id FROM actor_aliases WHERE actor_id = 'pyd' AND alias = 'the Syrian Kurds'' Democratic Union Party')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey considers the PYD',
     (SELECT id FROM actor_aliases WHERE actor_id = 'pyd' AND alias = 'PYD')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'says Kurdish groups should not be invited',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-kurdish-groups' AND alias = 'Kurdish groups')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a collection of 40 Syrian rebel groups',
     (SELECT id FROM actor_aliases WHERE actor_id = 'forty-rebel-groups' AND alias = '40 rebel groups')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'their demand that Syrian President Bashar al-Assad step down',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'Syrian President Bashar al-Assad')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'it has not pressured the regime it claims it guarantees',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-government' AND alias = 'the regime')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a U.N.-brokered peace process',
     (SELECT id FROM actor_aliases WHERE actor_id = 'united-nations' AND alias = 'U.N.'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russian Foreign Minister Sergei Lavrov said Wednesday',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'sergei-lavrov' AND parent_id = 'russian-foreign-ministry' AND relation = 'leader-of')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'the PYD and its armed faction, the People''s Protection Units',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'ypg' AND parent_id = 'pyd' AND relation = 'armed-wing-of')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey, which supports the opposition',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-opposition' AND parent_id = 'turkey' AND relation = 'backed-by')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russia, as Syria''s most powerful ally',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'russia' AND relation = 'backed-by'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russian Foreign Minister Sergei Lavrov said Wednesday that next month''s Russia-led peace talks in Sochi have "broad support"', 'lavrov-comments-on-sochi'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Lavrov''s comments come after', 'lavrov-comments-on-sochi'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a rebel statement said Tuesday', 'rebel-statement-rejecting-sochi'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'next month''s Russia-led peace talks in Sochi', 'congress-of-syrian-national-dialogue'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Syria''s six-year long civil war', 'syrian-civil-war');

INSERT INTO citations (source_id, quote, schedule_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'next month''s Russia-led peace talks in Sochi',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29'));

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russian Foreign Minister Sergei Lavrov said Wednesday',
     (SELECT id FROM event_participants WHERE event_id = 'lavrov-comments-on-sochi' AND actor_id = 'sergei-lavrov' AND role = 'speaker')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a collection of 40 Syrian rebel groups said',
     (SELECT id FROM event_participants WHERE event_id = 'rebel-statement-rejecting-sochi' AND actor_id = 'forty-rebel-groups' AND role = 'signatory')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'that they would not attend the Sochi talks',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'forty-rebel-groups' AND role = 'boycotted')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey, which supports the opposition, also plans to go',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'turkey' AND role = 'expected')),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The Syrian government has said it will attend the Sochi talks.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-government' AND role = 'expected'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russian Foreign Minister Sergei Lavrov said Wednesday that next month''s Russia-led peace talks in Sochi have "broad support" among the Syrian people and are meant to lay the groundwork for a U.N.-brokered peace process.', 'russia-defends-sochi-congress'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Russian Foreign Minister Defends Syria Peace Conference', 'russia-defends-sochi-congress'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'that they would not attend the Sochi talks', 'forty-rebel-groups-reject-sochi-congress'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a collection of 40 Syrian rebel groups said Russia was trying to circumvent the U.N. peace process', 'forty-rebel-groups-accuse-russia-of-bypassing-geneva'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', '"We reject this and we affirm that Russia is an aggressor that has committed war crimes against Syrians," a rebel statement said Tuesday.', 'forty-rebel-groups-accuse-russia-of-war-crimes'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', '"Russia has not contributed with a single move to alleviate the suffering of the Syrian people and it has not pressured the regime it claims it guarantees to move an inch toward any real path toward a resolution."', 'forty-rebel-groups-criticize-russia-for-not-pressuring-regime'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The rebels said Russia wants them to give up their demand that Syrian President Bashar al-Assad step down.', 'forty-rebel-groups-reject-russian-demand-on-assad'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', '"We reject this and we affirm', 'forty-rebel-groups-reject-russian-demand-on-assad'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'their demand that Syrian President Bashar al-Assad step down', 'forty-rebel-groups-demand-assad-step-down'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The rebels say the meditator in peace talks has to be a neutral and honest broker. They say Russia, as Syria''s most powerful ally, is not.', 'forty-rebel-groups-criticize-russia-as-mediator'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The Syrian government has said it will attend the Sochi talks.', 'syrian-government-will-attend-sochi-congress'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey, which supports the opposition, also plans to go', 'turkey-will-attend-sochi-congress'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'but says Kurdish groups should not be invited', 'turkey-opposes-kurdish-groups-participation'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey considers the PYD and its armed faction, the People''s Protection Units, terrorist groups because of their ties to Kurdish separatists in Turkey.', 'turkey-accuses-pyd'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Turkey considers the PYD and its armed faction, the People''s Protection Units, terrorist groups because of their ties to Kurdish separatists in Turkey.', 'turkey-accuses-ypg'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'The Syrian Kurds'' Democratic Union Party says it has a right to take part in the peace negotiations.', 'pyd-demands-participation');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'Syria''s six-year long civil war', 'voa-2017-12-27-war-duration'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a collection of 40 Syrian rebel groups', 'voa-2017-12-27-rebel-signatories'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a rebel statement said Tuesday', 'voa-2017-12-27-rebel-statement-date'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'a rebel statement said', 'voa-2017-12-27-rebel-statement-count'),
    ('voa-2017-12-27-lavrov-defends-syria-peace-conference', 'next month''s Russia-led peace talks in Sochi', 'voa-2017-12-27-sochi-congress-date');
