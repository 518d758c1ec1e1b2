-- Article 001_7d22fdcfebd39901.txt — RFE/RL, about 26 December 2017:
-- "Syrian Rebel Groups Reject Russia-Sponsored Peace Talks".
-- The rebel statements are dated "December 26" (000 said Monday the 25th); political opposition
-- groups and governing bodies in rebel-held areas also reject Sochi; the Kurdish question (Turkey
-- and Russia exclude the PYD, the self-administration wants to be represented). Coding rules:
-- docs/curation.md.

-- ---------------------------------------------------------------------------------------------
-- Source
-- ---------------------------------------------------------------------------------------------
INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body) VALUES (
    'rferl-2017-12-26-rebel-groups-reject-peace-talks',
    '001_7d22fdcfebd39901.txt',
    'Syrian Rebel Groups Reject Russia-Sponsored Peace Talks',
    'Radio Free Europe/Radio Liberty (RFE/RL)',
    'Named in the text: the footer "RFE/RL journalists report the news in 27 languages in 23 countries..." and "RFE/RL has been declared an "undesirable organization" by the Russian government."',
    DATE '2017-12-26', 'approximate',
    'No date printed. It reports "a series of statements on December 26" in the past tense, Russia''s statement of "last week" and the Sochi talks "next month" (January 29-30), so it was written on 26 December 2017 or a day after; 26 December is used, precision approximate.',
    $article$Accessibility links

Breaking News

Syrian Rebel Groups Reject Russia-Sponsored Peace Talks

Russian President Vladimir Putin (right) and Syrian President Bashar al-Assad (file photo)
Russian President Vladimir Putin (right) and Syrian President Bashar al-Assad (file photo)

Syrian rebel and opposition groups have rejected Russia's proposed peace talks next month, accusing Moscow of what they called "war crimes" in Syria and failing to put pressure on the Syrian government to end the six-year civil war.

In a series of statements on December 26, 40 rebel groups, including some of Syria's most prominent, as well as political opposition groups, said the talks planned next month are an attempt to "circumvent" the UN-led peace process, which has made virtually no progress since it began in 2014.

The rebel groups said Moscow has asked them to give up their demand that Syrian President Bashar al-Assad, whose troops Russia has backed with a devastating air campaign since 2015, step down as part of a political settlement.

"We reject this, and we affirm that Russia is an aggressor that has committed war crimes against Syrians," the statement, signed by 40 rebel groups, said.

"Russia has not contributed with a single move to alleviate the suffering of the Syrian people, and it has not pressured the regime it claims it guarantees to move an inch toward any real path toward a resolution."

The rebel groups, including Ahrar al-Sham, Army of Islam, and a number of Western-backed outfits, said they are committed to the UN-led process.

More than 330,000 people have been killed in Syria and millions have been driven from their homes since the conflict began in March 2011 with a crackdown on antigovernment protests.

The Kremlin has announced it will host a "Syrian national dialogue congress" in Sochi on January 29-30 and has cast the event as a broadening of "technical" talks aimed at working out cease-fire deals that Russia has co-sponsored with Iran and Turkey in the Kazakh capital, Astana, this year.

Syria's government has said it will attend the forum. Assad told reporters recently that the Sochi talks have an agenda of discussing new elections and possibly amending the constitution.

Russia's proposal was also endorsed by Iran, a key Syrian ally that has provided military advisers and militia fighters backing Assad during the war, and Turkey, which backs many of the Sunni rebel groups.

But the wholesale rejection of the Sochi forum by most rebel and political opposition groups, as well as by governing bodies in rebel-held areas of Syria, appears to threaten the viability of the Russian plan.

Russia has touted the planned Sochi talks as an effort to revive United Nations-sponsored negotiations that have repeatedly failed to reach a settlement in Syria. But its plans are also threatened by disagreement over whether to include Syrian Kurdish groups.

Turkey has ruled out inviting the powerful PYD Kurdish group, which governs around 25 percent of Syria's territory and wants autonomous rule there. Ankara views the PYD as an extension of militant Kurdish separatist groups in Turkey that it has been battling for decades.

Russia said last week that Kurdish representatives would attend the talks, but in a bow to Turkey, Moscow said it would not invite the PYD.

But the PYD-led self-administration authority in northeastern Syria, where the PYD is dominant, said that the authority, not individual parties, should be represented at the Sochi talks.

The PYD is the main political arm of the U.S.-allied Kurdish militia that recently played a major role in defeating the Islamic State extremist group in the region.

With reporting by AP and Reuters
  • 16x9 Image


    RFE/RL journalists report the news in 27 languages in 23 countries where a free press is banned by the government or not fully established. We provide what many people cannot get locally: uncensored news, responsible discussion, and open debate.

RFE/RL has been declared an "undesirable organization" by the Russian government.

If you are in Russia or the Russia-controlled parts of Ukraine and hold a Russian passport or are a stateless person residing permanently in Russia or the Russia-controlled parts of Ukraine, please note that you could face fines or imprisonment for sharing, liking, commenting on, or saving our content, or for contacting us.

To find out more, click here.$article$);

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actors (id, name, kind, country_code, description) VALUES
    ('vladimir-putin', 'Vladimir Putin', 'person', 'RU', 'President of Russia (named only in 001''s photo caption).'),
    ('kremlin', 'Kremlin', 'ministry', 'RU', 'The Russian presidency and its administration, which announced it will host the Sochi congress; its spokesman is Dmitry Peskov.'),
    ('united-states', 'United States', 'state', 'US', 'The United States of America; allied with the Kurdish militia (YPG) and did not send delegates to Sochi.'),
    ('ahrar-al-sham', 'Ahrar al-Sham', 'armed-group', 'SY', 'Islamist Syrian rebel group; among the signatories of the December 2017 statement(s).'),
    ('army-of-islam', 'Army of Islam', 'armed-group', 'SY', 'Syrian rebel group (Jaysh al-Islam); among the signatories of the December 2017 statement(s).'),
    ('western-backed-rebel-outfits', 'Western-backed rebel outfits', 'collective', 'SY', '"a number of Western-backed outfits" among the rebel signatories of the December 2017 statement(s) (001). Unnamed.'),
    ('syrian-political-opposition-groups', 'Syrian political opposition groups', 'collective', 'SY', 'The political (non-armed) opposition groups that joined the rebels'' December 2017 rejection of Sochi (001). Unnamed.'),
    ('rebel-area-governing-bodies', 'Governing bodies in rebel-held areas', 'collective', 'SY', '"governing bodies in rebel-held areas of Syria" that rejected the Sochi forum (001). Unnamed; a collective rather than local-authority because no body is named.'),
    ('syrian-kurdish-groups', 'Syrian Kurdish groups', 'collective', 'SY', 'The Syrian Kurdish organisations whose invitation to Sochi was disputed: "Syrian Kurdish groups", "Kurdish representatives" (001), "Kurdish groups" (003), "groups representing Syria''s Kurdish minority" (004).'),
    ('pyd', 'Democratic Union Party', 'political-party', 'SY', 'The Syrian Kurdish Democratic Union Party (PYD), dominant in northeastern Syria; governs "around 25 percent of Syria''s territory" and wants autonomous rule (001). Turkey sees it as an extension of Kurdish separatists in Turkey.'),
    ('ypg', 'People''s Protection Units', 'armed-group', 'SY', 'The Kurdish militia (YPG) that is the PYD''s armed wing; "U.S.-allied" and "recently played a major role in defeating the Islamic State" (001). Named in 003.'),
    ('northern-syria-self-administration', 'PYD-led self-administration in northeastern Syria', 'local-authority', 'SY', 'The "PYD-led self-administration authority in northeastern Syria" (001), which wants to be represented at Sochi as an authority, not through individual parties.'),
    ('kurdish-separatists-in-turkey', 'Kurdish separatist groups in Turkey', 'collective', 'TR', '"militant Kurdish separatist groups in Turkey" that Turkey "has been battling for decades" (001), "Kurdish separatists in Turkey" (003). Not named in the corpus.'),
    ('islamic-state', 'Islamic State', 'armed-group', NULL, '"the Islamic State extremist group", defeated in northeastern Syria with a major role of the Kurdish militia (001).');

INSERT INTO actor_aliases (actor_id, alias, kind, note) VALUES
    ('bashar-al-assad', 'Assad', 'short-name', NULL),
    ('bashar-al-assad', 'Syrian President Bashar al-Assad', 'title', NULL),
    ('turkey', 'Ankara', 'metonym', NULL),
    ('kremlin', 'the Kremlin', 'name', NULL),
    ('pyd', 'PYD', 'acronym', 'Kurdish: Partiya Yekîtiya Demokrat.'),
    ('ypg', 'YPG', 'acronym', 'Kurdish: Yekîneyên Parastina Gel. Not used in the corpus.'),
    ('ypg', 'the U.S.-allied Kurdish militia', 'descriptor', '001 does not name the militia; it is the YPG (003: the PYD''s "armed faction, the People''s Protection Units").'),
    ('army-of-islam', 'Jaysh al-Islam', 'name', 'Arabic name; not used in the corpus.'),
    ('northern-syria-self-administration', 'the PYD-led self-administration authority', 'descriptor', NULL),
    ('syrian-kurdish-groups', 'Kurdish representatives', 'descriptor', 'Russia said "Kurdish representatives would attend" (001).');

INSERT INTO actor_affiliations (actor_id, parent_id, relation, note) VALUES
    ('vladimir-putin', 'russia', 'leader-of', 'President.'),
    ('kremlin', 'russia', 'part-of', 'The presidency.'),
    ('ahrar-al-sham', 'forty-rebel-groups', 'member-of', 'Named signatory.'),
    ('army-of-islam', 'forty-rebel-groups', 'member-of', 'Named signatory.'),
    ('western-backed-rebel-outfits', 'forty-rebel-groups', 'member-of', 'Unnamed signatories.'),
    ('pyd', 'syrian-kurdish-groups', 'member-of', '"the powerful PYD Kurdish group".'),
    ('northern-syria-self-administration', 'pyd', 'led-by', '"PYD-led", "where the PYD is dominant".'),
    ('ypg', 'pyd', 'armed-wing-of', '"The PYD is the main political arm of the U.S.-allied Kurdish militia" (001); "its armed faction, the People''s Protection Units" (003).'),
    ('ypg', 'united-states', 'backed-by', '"U.S.-allied" (001).');

-- Astana: "talks ... that Russia has co-sponsored with Iran and Turkey in the Kazakh capital,
-- Astana" (001); "jointly sponsored by Russia, Iran, and Turkey" (004).
INSERT INTO track_sponsors (track_slug, actor_id) VALUES
    ('astana', 'russia'),
    ('astana', 'iran'),
    ('astana', 'turkey');

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------
-- 001 dates the war's start to the month.
UPDATE events
   SET start_date = DATE '2011-03-01', date_precision = 'month',
       summary = 'The war that began in March 2011 with a crackdown on antigovernment protests (001); 002: the government met peaceful protests with military force in 2011, triggering an armed rebellion.'
 WHERE id = 'syrian-civil-war';

-- The sources disagree on the day of the rebel statement(s): Monday 25 December (000) against
-- 26 December (001) and Tuesday (003). The event spans both days, precision approximate, and the
-- disagreement is kept as claims on topic rebel-statement-date.
UPDATE events
   SET end_date = DATE '2017-12-26', date_precision = 'approximate',
       title = 'Statement(s) by some 40 rebel groups rejecting the Sochi congress',
       summary = 'Around 40 rebel groups (with political opposition groups) reject the Sochi congress, accuse Russia of war crimes and of circumventing the UN process, and say Moscow asked them to drop their demand that Assad step down. Dated "on Monday" (25 December 2017) by 000 and "on December 26" by 001 ("Tuesday" in 003); 001 speaks of "a series of statements". The range covers both dates.'
 WHERE id = 'rebel-statement-rejecting-sochi';

UPDATE stances
   SET stated_precision = 'approximate'
 WHERE stated_at_event_id = 'rebel-statement-rejecting-sochi';

INSERT INTO events (id, track_slug, kind, title, summary, status, start_date, end_date, date_precision, place, country_code, latitude, longitude, parent_event_id) VALUES
    ('russia-statement-on-kurdish-representatives', 'sochi', 'statement', 'Russia says Kurdish representatives will attend Sochi, but not the PYD',
     'Russia said Kurdish representatives would attend the Sochi talks but, in a bow to Turkey, that it would not invite the PYD. "Last week" resolved from the publication date (about 26 December 2017) to the week of 18-24 December 2017.',
     'held', DATE '2017-12-18', DATE '2017-12-24', 'week', NULL, NULL, NULL, NULL, NULL),
    ('assad-remarks-on-sochi-agenda', 'sochi', 'press-briefing', 'Assad tells reporters the Sochi agenda',
     'Assad told reporters "recently" that the Sochi talks have an agenda of discussing new elections and possibly amending the constitution. Not datable from the text.',
     'held', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('un-led-process-begins', 'geneva', 'talks-round', 'The UN-led peace process begins',
     '001: the UN-led peace process "has made virtually no progress since it began in 2014" (the Geneva II conference of January 2014; the earlier Geneva communique of 2012 is outside knowledge, not in the corpus). Year precision.',
     'held', DATE '2014-01-01', NULL, 'year', NULL, NULL, NULL, NULL, NULL),
    ('ypg-defeats-islamic-state-in-northeast-syria', NULL, 'military-campaign', 'Kurdish militia helps defeat the Islamic State in northeastern Syria',
     'The U.S.-allied Kurdish militia (YPG) "recently played a major role in defeating the Islamic State extremist group in the region" (001). Not datable from the text ("recently").',
     'held', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO event_participants (event_id, actor_id, role, note) VALUES
    ('rebel-statement-rejecting-sochi', 'ahrar-al-sham', 'signatory', 'Named among the rebel groups (001).'),
    ('rebel-statement-rejecting-sochi', 'army-of-islam', 'signatory', 'Named among the rebel groups (001).'),
    ('rebel-statement-rejecting-sochi', 'western-backed-rebel-outfits', 'signatory', '"a number of Western-backed outfits" (001).'),
    ('rebel-statement-rejecting-sochi', 'syrian-political-opposition-groups', 'signatory', 'The "series of statements" included political opposition groups (001).'),
    ('russia-statement-on-kurdish-representatives', 'russia', 'signatory', NULL),
    ('russia-statement-on-kurdish-representatives', 'syrian-kurdish-groups', 'subject', NULL),
    ('russia-statement-on-kurdish-representatives', 'pyd', 'subject', NULL),
    ('assad-remarks-on-sochi-agenda', 'bashar-al-assad', 'speaker', NULL),
    ('ypg-defeats-islamic-state-in-northeast-syria', 'ypg', 'attended', 'Took part: "played a major role".'),
    ('ypg-defeats-islamic-state-in-northeast-syria', 'islamic-state', 'subject', 'The group defeated.'),
    ('congress-of-syrian-national-dialogue', 'syrian-kurdish-groups', 'expected', 'Russia said Kurdish representatives would attend (001); they later said they would not (004).'),
    ('congress-of-syrian-national-dialogue', 'pyd', 'not-invited', 'Russia would not invite it, in a bow to Turkey, which ruled out inviting it (001).');

-- ---------------------------------------------------------------------------------------------
-- Stances
-- ---------------------------------------------------------------------------------------------
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, target_track_slug, target_actor_id, speaker_id, stated_at_event_id, stated_on, stated_precision, condition, summary) VALUES
    ('forty-rebel-groups-reject-russian-demand-on-assad', 'forty-rebel-groups', 'rejects', -1, NULL, NULL, 'russia', NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-25', 'approximate', NULL,
     'The rebels say Moscow asked them to give up their demand that Assad step down: "We reject this".'),
    ('forty-rebel-groups-demand-assad-step-down', 'forty-rebel-groups', 'demands-leadership-change', -1, NULL, NULL, 'bashar-al-assad', NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-25', 'approximate', NULL,
     'The rebels keep their demand that Assad step down as part of a political settlement.'),
    ('forty-rebel-groups-commit-to-un-led-process', 'forty-rebel-groups', 'commits-to', 1, NULL, 'geneva', NULL, NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-25', 'approximate', NULL,
     'The rebel groups, including Ahrar al-Sham and Army of Islam, say they are committed to the UN-led process.'),
    ('political-opposition-groups-reject-sochi-congress', 'syrian-political-opposition-groups', 'rejects', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, 'rebel-statement-rejecting-sochi',
     DATE '2017-12-26', 'day', NULL,
     'Political opposition groups joined the rebels in calling the Sochi talks an attempt to circumvent the UN-led process (statements "on December 26").'),
    ('rebel-area-governing-bodies-reject-sochi-congress', 'rebel-area-governing-bodies', 'rejects', -1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     NULL, NULL, NULL,
     'Governing bodies in rebel-held areas are part of the "wholesale rejection of the Sochi forum". Undated.'),
    ('syrian-government-will-attend-sochi-congress', 'syrian-government', 'will-attend', 1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     NULL, NULL, NULL,
     'The Syrian government "has said it will attend" the January congress (001, 003). Undated ("has said"); the November 2017 statement by al-Jaafari is a separate stance.'),
    ('russia-promotes-sochi-congress', 'russia', 'supports', 1, 'congress-of-syrian-national-dialogue', NULL, NULL, NULL, NULL,
     NULL, NULL, NULL,
     'The Kremlin casts the congress as a broadening of the "technical" Astana talks, and Russia touts it as an effort to revive UN-sponsored negotiations. Undated.'),
    ('turkey-opposes-pyd-participation', 'turkey', 'opposes-participation', -1, 'congress-of-syrian-national-dialogue', NULL, 'pyd', NULL, NULL,
     NULL, NULL, NULL,
     'Turkey "has ruled out inviting the powerful PYD Kurdish group". Undated. (003 reports it as "Kurdish groups should not be invited": separate stance turkey-opposes-kurdish-groups-participation.)'),
    ('turkey-accuses-pyd', 'turkey', 'accuses', -1, NULL, NULL, 'pyd', NULL, NULL,
     NULL, NULL, NULL,
     'Ankara views the PYD as an extension of militant Kurdish separatists in Turkey (001) and considers it a terrorist group (003).'),
    ('russia-supports-kurdish-participation', 'russia', 'supports-participation', 1, 'congress-of-syrian-national-dialogue', NULL, 'syrian-kurdish-groups', NULL, 'russia-statement-on-kurdish-representatives',
     DATE '2017-12-18', 'week', NULL,
     'Russia said "last week" that Kurdish representatives would attend the talks.'),
    ('russia-opposes-pyd-participation', 'russia', 'opposes-participation', -1, 'congress-of-syrian-national-dialogue', NULL, 'pyd', NULL, 'russia-statement-on-kurdish-representatives',
     DATE '2017-12-18', 'week', NULL,
     'In a bow to Turkey, Moscow said it would not invite the PYD.'),
    ('self-administration-demands-participation', 'northern-syria-self-administration', 'demands-participation', 1, 'congress-of-syrian-national-dialogue', NULL, 'northern-syria-self-administration', NULL, NULL,
     DATE '2017-12-26', 'approximate', NULL,
     'The PYD-led self-administration says that the authority, not individual parties, should be represented at Sochi. Undated "said"; dated to publication.');

-- ---------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------
INSERT INTO claim_topics (slug, title, unit, description) VALUES
    ('pyd-territory-share', 'Share of Syria governed by the PYD', 'percent of territory', 'The share of Syria''s territory the PYD governs.'),
    ('geneva-process-start', 'Start of the UN-led process', 'date', 'When the sources say the UN-led peace process began.');

INSERT INTO claims (id, topic_slug, source_id, value_text, value_numeric, qualifier, unit, as_of, as_of_precision, event_id, note) VALUES
    ('rferl-2017-12-26-death-toll', 'syria-war-death-toll', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     'More than 330,000', 330000, 'more than', 'people killed', DATE '2017-12-26', 'approximate', 'syrian-civil-war',
     '"More than 330,000 people have been killed in Syria".'),
    ('rferl-2017-12-26-displaced', 'syria-war-displaced', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     'millions', NULL, 'millions', 'people displaced', DATE '2017-12-26', 'approximate', 'syrian-civil-war',
     '"millions have been driven from their homes".'),
    ('rferl-2017-12-26-war-start', 'syria-war-start', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     '2011-03', NULL, NULL, 'date', DATE '2017-12-26', 'approximate', 'syrian-civil-war',
     '"since the conflict began in March 2011 with a crackdown on antigovernment protests".'),
    ('rferl-2017-12-26-war-duration', 'syria-war-duration', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     'six-year', 6, NULL, 'years', DATE '2017-12-26', 'approximate', 'syrian-civil-war',
     '"the six-year civil war".'),
    ('rferl-2017-12-26-rebel-signatories', 'rebel-statement-signatories', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     '40', 40, NULL, 'rebel groups', DATE '2017-12-26', 'day', 'rebel-statement-rejecting-sochi',
     '"40 rebel groups" and "the statement, signed by 40 rebel groups".'),
    ('rferl-2017-12-26-rebel-statement-date', 'rebel-statement-date', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     '2017-12-26', NULL, NULL, 'date', DATE '2017-12-26', 'approximate', 'rebel-statement-rejecting-sochi',
     'Stated as "on December 26".'),
    ('rferl-2017-12-26-rebel-statement-count', 'rebel-statement-count', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     'a series of statements', NULL, 'a series of', 'statements', DATE '2017-12-26', 'approximate', 'rebel-statement-rejecting-sochi',
     'Also quotes "the statement, signed by 40 rebel groups" as one text.'),
    ('rferl-2017-12-26-sochi-congress-date', 'sochi-congress-date', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     '2018-01-29/2018-01-30', NULL, NULL, 'date', DATE '2017-12-26', 'approximate', 'congress-of-syrian-national-dialogue',
     'Stated as "in Sochi on January 29-30" (announced by the Kremlin) and "next month".'),
    ('rferl-2017-12-26-air-campaign-start', 'russian-air-campaign-start', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     '2015', NULL, 'since', 'date', DATE '2017-12-26', 'approximate', 'russian-air-campaign-in-syria',
     '"a devastating air campaign since 2015".'),
    ('rferl-2017-12-26-pyd-territory', 'pyd-territory-share', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     'around 25 percent', 25, 'around', 'percent of territory', DATE '2017-12-26', 'approximate', NULL,
     '"which governs around 25 percent of Syria''s territory".'),
    ('rferl-2017-12-26-geneva-process-start', 'geneva-process-start', 'rferl-2017-12-26-rebel-groups-reject-peace-talks',
     '2014', NULL, NULL, 'date', DATE '2017-12-26', 'approximate', 'un-led-process-begins',
     '"the UN-led peace process, which has made virtually no progress since it began in 2014".');

-- ---------------------------------------------------------------------------------------------
-- Citations. The photo caption is printed twice in this text, so its quotes carry an explicit
-- start_offset (the first occurrence).
-- ---------------------------------------------------------------------------------------------
INSERT INTO citations (source_id, start_offset, quote, actor_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks',
     (SELECT strpos(body, 'Russian President Vladimir Putin (right)') - 1 FROM sources WHERE id = 'rferl-2017-12-26-rebel-groups-reject-peace-talks'),
     'Russian President Vladimir Putin (right)', 'vladimir-putin'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks',
     (SELECT strpos(body, 'Syrian President Bashar al-Assad (file photo)') - 1 FROM sources WHERE id = 'rferl-2017-12-26-rebel-groups-reject-peace-talks'),
     'Syrian President Bashar al-Assad (file photo)', 'bashar-al-assad');

INSERT INTO citations (source_id, quote, actor_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The Kremlin has announced it will host', 'kremlin'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the U.S.-allied Kurdish militia', 'united-states'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Ahrar al-Sham', 'ahrar-al-sham'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Army of Islam', 'army-of-islam'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'a number of Western-backed outfits', 'western-backed-rebel-outfits'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'as well as political opposition groups', 'syrian-political-opposition-groups'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'governing bodies in rebel-held areas of Syria', 'rebel-area-governing-bodies'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'disagreement over whether to include Syrian Kurdish groups', 'syrian-kurdish-groups'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the powerful PYD Kurdish group, which governs around 25 percent of Syria''s territory and wants autonomous rule there', 'pyd'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the U.S.-allied Kurdish militia that recently played a major role in defeating the Islamic State extremist group in the region', 'ypg'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the PYD-led self-administration authority in northeastern Syria, where the PYD is dominant', 'northern-syria-self-administration'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'militant Kurdish separatist groups in Turkey that it has been battling for decades', 'kurdish-separatists-in-turkey'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the Islamic State extremist group', 'islamic-state'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', '40 rebel groups, including some of Syria''s most prominent', 'forty-rebel-groups'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Syria''s government has said it will attend the forum.', 'syrian-government'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia''s proposal was also endorsed by Iran', 'iran'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Turkey has ruled out inviting', 'turkey'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia has touted the planned Sochi talks', 'russia'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'United Nations-sponsored negotiations', 'united-nations');

INSERT INTO citations (source_id, quote, alias_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'fighters backing Assad during the war',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'Assad')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'their demand that Syrian President Bashar al-Assad, whose troops',
     (SELECT id FROM actor_aliases WHERE actor_id = 'bashar-al-assad' AND alias = 'Syrian President Bashar al-Assad')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Ankara views the PYD',
     (SELECT id FROM actor_aliases WHERE actor_id = 'turkey' AND alias = 'Ankara')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The Kremlin has announced',
     (SELECT id FROM actor_aliases WHERE actor_id = 'kremlin' AND alias = 'the Kremlin')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Ankara views the PYD as an extension',
     (SELECT id FROM actor_aliases WHERE actor_id = 'pyd' AND alias = 'PYD')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the U.S.-allied Kurdish militia',
     (SELECT id FROM actor_aliases WHERE actor_id = 'ypg' AND alias = 'the U.S.-allied Kurdish militia')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the PYD-led self-administration authority',
     (SELECT id FROM actor_aliases WHERE actor_id = 'northern-syria-self-administration' AND alias = 'the PYD-led self-administration authority')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Kurdish representatives would attend the talks',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-kurdish-groups' AND alias = 'Kurdish representatives')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the statement, signed by 40 rebel groups',
     (SELECT id FROM actor_aliases WHERE actor_id = 'forty-rebel-groups' AND alias = '40 rebel groups')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Moscow said it would not invite the PYD',
     (SELECT id FROM actor_aliases WHERE actor_id = 'russia' AND alias = 'Moscow')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'it has not pressured the regime it claims it guarantees',
     (SELECT id FROM actor_aliases WHERE actor_id = 'syrian-government' AND alias = 'the regime'));

INSERT INTO citations (source_id, start_offset, quote, affiliation_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks',
     (SELECT strpos(body, 'Russian President Vladimir Putin (right)') - 1 FROM sources WHERE id = 'rferl-2017-12-26-rebel-groups-reject-peace-talks'),
     'Russian President Vladimir Putin (right)',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'vladimir-putin' AND parent_id = 'russia' AND relation = 'leader-of'));

INSERT INTO citations (source_id, quote, affiliation_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The Kremlin has announced it will host a "Syrian national dialogue congress" in Sochi',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'kremlin' AND parent_id = 'russia' AND relation = 'part-of')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups, including Ahrar al-Sham, Army of Islam, and a number of Western-backed outfits',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'ahrar-al-sham' AND parent_id = 'forty-rebel-groups' AND relation = 'member-of')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups, including Ahrar al-Sham, Army of Islam, and a number of Western-backed outfits',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'army-of-islam' AND parent_id = 'forty-rebel-groups' AND relation = 'member-of')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups, including Ahrar al-Sham, Army of Islam, and a number of Western-backed outfits',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'western-backed-rebel-outfits' AND parent_id = 'forty-rebel-groups' AND relation = 'member-of')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the powerful PYD Kurdish group',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'pyd' AND parent_id = 'syrian-kurdish-groups' AND relation = 'member-of')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the PYD-led self-administration authority in northeastern Syria, where the PYD is dominant',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'northern-syria-self-administration' AND parent_id = 'pyd' AND relation = 'led-by')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The PYD is the main political arm of the U.S.-allied Kurdish militia',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'ypg' AND parent_id = 'pyd' AND relation = 'armed-wing-of')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the U.S.-allied Kurdish militia',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'ypg' AND parent_id = 'united-states' AND relation = 'backed-by')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'whose troops Russia has backed with a devastating air campaign since 2015',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'russia' AND relation = 'backed-by')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Iran, a key Syrian ally that has provided military advisers and militia fighters backing Assad during the war',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-government' AND parent_id = 'iran' AND relation = 'backed-by')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Turkey, which backs many of the Sunni rebel groups',
     (SELECT id FROM actor_affiliations WHERE actor_id = 'syrian-opposition' AND parent_id = 'turkey' AND relation = 'backed-by'));

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'since the conflict began in March 2011 with a crackdown on antigovernment protests', 'syrian-civil-war'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'whose troops Russia has backed with a devastating air campaign since 2015', 'russian-air-campaign-in-syria'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'In a series of statements on December 26, 40 rebel groups, including some of Syria''s most prominent, as well as political opposition groups, said', 'rebel-statement-rejecting-sochi'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia said last week that Kurdish representatives would attend the talks, but in a bow to Turkey, Moscow said it would not invite the PYD.', 'russia-statement-on-kurdish-representatives'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Assad told reporters recently that the Sochi talks have an agenda of discussing new elections and possibly amending the constitution.', 'assad-remarks-on-sochi-agenda'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The Kremlin has announced it will host a "Syrian national dialogue congress" in Sochi on January 29-30', 'congress-of-syrian-national-dialogue'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the UN-led peace process, which has made virtually no progress since it began in 2014', 'un-led-process-begins'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the U.S.-allied Kurdish militia that recently played a major role in defeating the Islamic State extremist group in the region', 'ypg-defeats-islamic-state-in-northeast-syria');

INSERT INTO citations (source_id, quote, schedule_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'a "Syrian national dialogue congress" in Sochi on January 29-30',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Syrian rebel and opposition groups have rejected Russia''s proposed peace talks next month',
     (SELECT id FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2018-01-29'));

INSERT INTO citations (source_id, quote, participant_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the statement, signed by 40 rebel groups, said',
     (SELECT id FROM event_participants WHERE event_id = 'rebel-statement-rejecting-sochi' AND actor_id = 'forty-rebel-groups' AND role = 'signatory')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups, including Ahrar al-Sham',
     (SELECT id FROM event_participants WHERE event_id = 'rebel-statement-rejecting-sochi' AND actor_id = 'ahrar-al-sham' AND role = 'signatory')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups, including Ahrar al-Sham, Army of Islam',
     (SELECT id FROM event_participants WHERE event_id = 'rebel-statement-rejecting-sochi' AND actor_id = 'army-of-islam' AND role = 'signatory')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups, including Ahrar al-Sham, Army of Islam, and a number of Western-backed outfits',
     (SELECT id FROM event_participants WHERE event_id = 'rebel-statement-rejecting-sochi' AND actor_id = 'western-backed-rebel-outfits' AND role = 'signatory')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'In a series of statements on December 26, 40 rebel groups, including some of Syria''s most prominent, as well as political opposition groups, said',
     (SELECT id FROM event_participants WHERE event_id = 'rebel-statement-rejecting-sochi' AND actor_id = 'syrian-political-opposition-groups' AND role = 'signatory')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia said last week',
     (SELECT id FROM event_participants WHERE event_id = 'russia-statement-on-kurdish-representatives' AND actor_id = 'russia' AND role = 'signatory')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia said last week that Kurdish representatives would attend the talks',
     (SELECT id FROM event_participants WHERE event_id = 'russia-statement-on-kurdish-representatives' AND actor_id = 'syrian-kurdish-groups' AND role = 'subject')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'in a bow to Turkey, Moscow said it would not invite the PYD',
     (SELECT id FROM event_participants WHERE event_id = 'russia-statement-on-kurdish-representatives' AND actor_id = 'pyd' AND role = 'subject')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Assad told reporters recently',
     (SELECT id FROM event_participants WHERE event_id = 'assad-remarks-on-sochi-agenda' AND actor_id = 'bashar-al-assad' AND role = 'speaker')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the U.S.-allied Kurdish militia that recently played a major role in defeating',
     (SELECT id FROM event_participants WHERE event_id = 'ypg-defeats-islamic-state-in-northeast-syria' AND actor_id = 'ypg' AND role = 'attended')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'defeating the Islamic State extremist group in the region',
     (SELECT id FROM event_participants WHERE event_id = 'ypg-defeats-islamic-state-in-northeast-syria' AND actor_id = 'islamic-state' AND role = 'subject')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia said last week that Kurdish representatives would attend the talks',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-kurdish-groups' AND role = 'expected')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'in a bow to Turkey, Moscow said it would not invite the PYD',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'pyd' AND role = 'not-invited')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Turkey has ruled out inviting the powerful PYD Kurdish group',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'pyd' AND role = 'not-invited')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The Kremlin has announced it will host',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'russia' AND role = 'host')),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Syria''s government has said it will attend the forum.',
     (SELECT id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'syrian-government' AND role = 'expected'));

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Syrian rebel and opposition groups have rejected Russia''s proposed peace talks next month', 'forty-rebel-groups-reject-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Syrian Rebel Groups Reject Russia-Sponsored Peace Talks', 'forty-rebel-groups-reject-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the wholesale rejection of the Sochi forum by most rebel and political opposition groups', 'forty-rebel-groups-reject-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'said the talks planned next month are an attempt to "circumvent" the UN-led peace process', 'forty-rebel-groups-accuse-russia-of-bypassing-geneva'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'accusing Moscow of what they called "war crimes" in Syria', 'forty-rebel-groups-accuse-russia-of-war-crimes'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', '"We reject this, and we affirm that Russia is an aggressor that has committed war crimes against Syrians," the statement, signed by 40 rebel groups, said.', 'forty-rebel-groups-accuse-russia-of-war-crimes'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'failing to put pressure on the Syrian government to end the six-year civil war', 'forty-rebel-groups-criticize-russia-for-not-pressuring-regime'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', '"Russia has not contributed with a single move to alleviate the suffering of the Syrian people, and it has not pressured the regime it claims it guarantees to move an inch toward any real path toward a resolution."', 'forty-rebel-groups-criticize-russia-for-not-pressuring-regime'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups said Moscow has asked them to give up their demand', 'forty-rebel-groups-reject-russian-demand-on-assad'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', '"We reject this, and we affirm', 'forty-rebel-groups-reject-russian-demand-on-assad'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'their demand that Syrian President Bashar al-Assad, whose troops Russia has backed with a devastating air campaign since 2015, step down as part of a political settlement', 'forty-rebel-groups-demand-assad-step-down'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'The rebel groups, including Ahrar al-Sham, Army of Islam, and a number of Western-backed outfits, said they are committed to the UN-led process.', 'forty-rebel-groups-commit-to-un-led-process'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'as well as political opposition groups, said the talks planned next month are an attempt to "circumvent" the UN-led peace process', 'political-opposition-groups-reject-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the wholesale rejection of the Sochi forum by most rebel and political opposition groups', 'political-opposition-groups-reject-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the wholesale rejection of the Sochi forum by most rebel and political opposition groups, as well as by governing bodies in rebel-held areas of Syria', 'rebel-area-governing-bodies-reject-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Syria''s government has said it will attend the forum.', 'syrian-government-will-attend-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia''s proposal was also endorsed by Iran', 'iran-supports-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia''s proposal was also endorsed by Iran, a key Syrian ally that has provided military advisers and militia fighters backing Assad during the war, and Turkey, which backs many of the Sunni rebel groups.', 'turkey-supports-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'has cast the event as a broadening of "technical" talks aimed at working out cease-fire deals', 'russia-promotes-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia has touted the planned Sochi talks as an effort to revive United Nations-sponsored negotiations that have repeatedly failed to reach a settlement in Syria.', 'russia-promotes-sochi-congress'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Turkey has ruled out inviting the powerful PYD Kurdish group', 'turkey-opposes-pyd-participation'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Ankara views the PYD as an extension of militant Kurdish separatist groups in Turkey that it has been battling for decades.', 'turkey-accuses-pyd'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'Russia said last week that Kurdish representatives would attend the talks', 'russia-supports-kurdish-participation'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'but in a bow to Turkey, Moscow said it would not invite the PYD', 'russia-opposes-pyd-participation'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'But the PYD-led self-administration authority in northeastern Syria, where the PYD is dominant, said that the authority, not individual parties, should be represented at the Sochi talks.', 'self-administration-demands-participation');

INSERT INTO citations (source_id, quote, claim_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'More than 330,000 people have been killed in Syria', 'rferl-2017-12-26-death-toll'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'millions have been driven from their homes', 'rferl-2017-12-26-displaced'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'since the conflict began in March 2011', 'rferl-2017-12-26-war-start'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the six-year civil war', 'rferl-2017-12-26-war-duration'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'In a series of statements on December 26, 40 rebel groups', 'rferl-2017-12-26-rebel-signatories'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the statement, signed by 40 rebel groups', 'rferl-2017-12-26-rebel-signatories'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'In a series of statements on December 26', 'rferl-2017-12-26-rebel-statement-date'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'In a series of statements', 'rferl-2017-12-26-rebel-statement-count'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'in Sochi on January 29-30', 'rferl-2017-12-26-sochi-congress-date'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'a devastating air campaign since 2015', 'rferl-2017-12-26-air-campaign-start'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'which governs around 25 percent of Syria''s territory', 'rferl-2017-12-26-pyd-territory'),
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks', 'the UN-led peace process, which has made virtually no progress since it began in 2014', 'rferl-2017-12-26-geneva-process-start');
