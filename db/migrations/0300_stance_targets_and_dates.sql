-- Stances follow the product's rules (PRODUCT.md, "Stances and positions"; issue 10):
--   1. one target per stance, its polarity toward that target only;
--   2. every stance dated: the date the source states, else the publication date of the earliest
--      article that reports it (precision 'reported'); one real-world statement, one date;
--   3. the actor is the body the source names, the speaker the person who voiced it.
-- Positions toward an event or a track are computed from these rows (the latest stance decides),
-- so a stance aimed at two things, or an undated one, gave wrong or missing positions.
-- Every change is listed, with its reason, in docs/curation.md §13.

-- ---------------------------------------------------------------------------------------------
-- Vocabulary and columns
-- ---------------------------------------------------------------------------------------------
INSERT INTO date_precisions (precision, definition) VALUES
    ('reported', 'Not stated in the source; the publication date of the earliest article that reports it.');

-- How a date that is not stated to the day was chosen, or which date of a disputed pair is used
-- and the claim topic that records the dispute. Required below once the rows carry it.
ALTER TABLE stances ADD COLUMN date_basis text;

-- ---------------------------------------------------------------------------------------------
-- Targets: exactly one per stance
-- ---------------------------------------------------------------------------------------------

-- 000 and 003 make Russia the subject ("Moscow was seeking to bypass", "Russia was trying to
-- circumvent") and 001 the talks ("the talks planned next month are an attempt to
-- 'circumvent'"): what the rebels hold against is the congress. It named the congress, the Geneva
-- track and Russia at once, so it counted as a stance against Geneva, which the same statement
-- says the rebels are committed to (forty-rebel-groups-commit-to-un-led-process). The target is
-- now the congress alone; `accuses` is defined for an actor target, so the kind becomes
-- `criticizes` (same polarity, −1).
UPDATE stances
   SET kind = 'criticizes', target_track_slug = NULL, target_actor_id = NULL,
       summary = 'The rebels call the Sochi congress Moscow''s attempt to bypass ("circumvent") the UN-based Geneva peace process. A position against the congress, not against Geneva: the same statement commits them to the UN-led process.'
 WHERE id = 'forty-rebel-groups-accuse-russia-of-bypassing-geneva';

-- De Mistura judges the congress ("Russia's plan to convene the congress should be assessed by
-- its ability to contribute to ... the UN-led Geneva talks"); Geneva is his yardstick, kept in
-- the condition, not a second target.
UPDATE stances SET target_track_slug = NULL
 WHERE id = 'un-conditional-on-sochi-congress';

-- An actor's stance on its own attendance is a stance toward the event: the PYD and the
-- self-administration named themselves as the participant, which made the rows read as a
-- stance toward their own participation.
UPDATE stances SET target_actor_id = NULL
 WHERE id IN ('pyd-demands-participation', 'self-administration-demands-participation');

-- "rebels and residents say the Russian air strikes ... has caused hundreds of civilian
-- casualties": an accusation of Russia. With both the campaign and Russia it read as a stance on
-- Russia's participation in its own campaign. The campaign stays in the summary.
UPDATE stances
   SET target_event_id = NULL,
       summary = 'Rebels and residents say Russian air strikes, in the air campaign under way "since a major aerial campaign over two years ago", have caused hundreds of civilian casualties in indiscriminate bombing away from the front line.'
 WHERE id = 'rebels-and-residents-accuse-russia-over-air-strikes';

-- Peskov dismisses the boycott, i.e. the opposition's non-participation; the row keeps that
-- target (the opposition's participation in the congress), so it never counts toward the
-- congress the Kremlin hosts. Its polarity toward that participation is 0, not the kind's −1:
-- he neither opposes nor asks for the opposition's presence, he says its absence "is unlikely to
-- stop this congress from going ahead". A −1 would read as the Kremlin opposing the opposition's
-- taking part, as Turkey opposes the PYD's.
UPDATE stances SET polarity = 0
 WHERE id = 'kremlin-dismisses-opposition-boycott';

-- 001 gives two subjects in two sentences: "The Kremlin has announced it will host ... and has
-- cast the event as a broadening of 'technical' talks" and "Russia has touted the planned Sochi
-- talks as an effort to revive United Nations-sponsored negotiations". The actor is the body the
-- source names, so the Kremlin's part is its own stance with its own quote.
INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, stated_on, stated_precision, summary)
VALUES ('kremlin-promotes-sochi-congress', 'kremlin', 'supports', 1, 'congress-of-syrian-national-dialogue',
        DATE '2017-12-26', 'reported',
        'The Kremlin, which announced it will host the congress, casts it as a broadening of the "technical" Astana talks on cease-fire deals.');

DELETE FROM citations
 WHERE stance_id = 'russia-promotes-sochi-congress' AND quote LIKE 'has cast the event as a broadening%';

INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('rferl-2017-12-26-rebel-groups-reject-peace-talks',
     'The Kremlin has announced it will host a "Syrian national dialogue congress" in Sochi on January 29-30 and has cast the event as a broadening of "technical" talks aimed at working out cease-fire deals',
     'kremlin-promotes-sochi-congress');

UPDATE stances
   SET summary = 'Russia touts the planned Sochi talks as an effort to revive United Nations-sponsored negotiations. (The Kremlin''s own framing is kremlin-promotes-sochi-congress.)'
 WHERE id = 'russia-promotes-sochi-congress';

-- The four shapes: event; track; actor; participation (an actor's participation in an event).
ALTER TABLE stances DROP CONSTRAINT stances_check;  -- num_nonnulls(target_*) >= 1, from 0001
ALTER TABLE stances ADD CONSTRAINT stances_one_target CHECK (
       (target_event_id IS NOT NULL AND target_track_slug IS NULL AND target_actor_id IS NULL)
    OR (target_track_slug IS NOT NULL AND target_event_id IS NULL AND target_actor_id IS NULL)
    OR (target_actor_id IS NOT NULL AND target_event_id IS NULL AND target_track_slug IS NULL)
    OR (target_actor_id IS NOT NULL AND target_event_id IS NOT NULL AND target_track_slug IS NULL));

ALTER TABLE stances ADD COLUMN target_type text GENERATED ALWAYS AS (
    CASE WHEN target_actor_id IS NOT NULL AND target_event_id IS NOT NULL THEN 'participation'
         WHEN target_event_id IS NOT NULL THEN 'event'
         WHEN target_track_slug IS NOT NULL THEN 'track'
         ELSE 'actor' END) STORED;

-- ---------------------------------------------------------------------------------------------
-- Dates
-- ---------------------------------------------------------------------------------------------

-- The December rebel statement: 000 says "on Monday" (25 December 2017), 001 "on December 26",
-- 003 "said Tuesday" (26 December). Every stance voiced in it takes one date, the earliest
-- reported; political-opposition-groups-reject-sochi-congress had 26 December (day) while the
-- rest had 25 December.
UPDATE stances
   SET stated_on = DATE '2017-12-25', stated_precision = 'approximate',
       date_basis = 'Disputed (claim topic rebel-statement-date): 000 dates the statement "on Monday", 25 December 2017; 001 "on December 26"; 003 "said Tuesday", 26 December. Uses 25 December 2017, the earliest reported date, for every stance voiced in it.'
 WHERE stated_at_event_id = 'rebel-statement-rejecting-sochi';

-- "Russia said last week" (001, published 26 December 2017).
UPDATE stances
   SET date_basis = '"Russia said last week" in 001, published 26 December 2017: the week of Monday 18 December 2017.'
 WHERE id IN ('russia-opposes-pyd-participation', 'russia-supports-kurdish-participation');

-- Not dated in the source ("said", "has said", "says", "have warned"): the publication date of
-- the earliest article that reports the stance. Stances reported side by side in one paragraph
-- (004's SNC, Kurdish and U.S. refusals) get the same date.
UPDATE stances s
   SET stated_on = v.stated_on, stated_precision = 'reported',
       date_basis = v.basis, summary = coalesce(v.summary, s.summary)
  FROM (VALUES
    -- 002, The New Arab, published 2 November 2017 (printed).
    ('coalition-boycotts-sochi-congress', DATE '2017-11-02', 'Not stated ("spokesman Ahmed Ramadan said"); first reported by 002, published 2 November 2017.', NULL),
    ('opposition-in-exile-boycotts-sochi-congress', DATE '2017-11-02', 'Not stated ("vowed to boycott"); first reported by 002, published 2 November 2017.', NULL),
    ('hnc-rejects-sochi-congress', DATE '2017-11-02', 'Not stated ("said Yehya al-Aridi"); first reported by 002, published 2 November 2017.', NULL),
    ('hnc-accuses-russia-of-imposing-regime-made-factions', DATE '2017-11-02', 'Not stated ("he said"); first reported by 002, published 2 November 2017.', NULL),
    ('hnc-accuses-syrian-government', DATE '2017-11-02', 'Not stated ("he added"); first reported by 002, published 2 November 2017.', NULL),
    ('syrian-government-ready-to-attend-sochi-2017-11', DATE '2017-11-02', 'Not stated ("said ..., the official SANA news agency reported"); first reported by 002, published 2 November 2017.', NULL),
    -- 000, The National, published 25 December 2017 (inferred, approximate).
    ('some-rebels-undecided-on-sochi-congress', DATE '2017-12-25', 'Not stated ("Some rebels said"); first reported by 000, whose publication date, 25 December 2017, is itself inferred.', NULL),
    ('un-conditional-on-sochi-congress', DATE '2017-12-25', 'Not stated ("de Mistura said"); first reported by 000, whose publication date, 25 December 2017, is itself inferred.',
     'De Mistura neither endorses nor rejects the congress: it "should be assessed" by its contribution to the mandated UN process in Geneva (his condition; Geneva is not a second target).'),
    ('rebels-and-residents-accuse-russia-over-air-strikes', DATE '2017-12-25', 'Not stated (present tense, "say"); first reported by 000, whose publication date, 25 December 2017, is itself inferred.', NULL),
    ('russia-defends-air-campaign', DATE '2017-12-25', 'Not stated (present tense, "Moscow says"); first reported by 000, whose publication date, 25 December 2017, is itself inferred.',
     '"Moscow says it targets militants."'),
    -- 001, RFE/RL, published 26 December 2017 (inferred, approximate).
    ('self-administration-demands-participation', DATE '2017-12-26', 'Not stated ("said"); first reported by 001, whose publication date, 26 December 2017, is itself inferred.',
     'The PYD-led self-administration says that the authority, not individual parties, should be represented at Sochi: a stance on its own attendance, so toward the congress.'),
    ('rebel-area-governing-bodies-reject-sochi-congress', DATE '2017-12-26', 'Not stated; first reported by 001 ("the wholesale rejection of the Sochi forum"), whose publication date, 26 December 2017, is itself inferred.',
     'Governing bodies in rebel-held areas are part of the "wholesale rejection of the Sochi forum".'),
    ('russia-promotes-sochi-congress', DATE '2017-12-26', 'Not stated ("has touted"); first reported by 001, whose publication date, 26 December 2017, is itself inferred.', NULL),
    ('kremlin-promotes-sochi-congress', DATE '2017-12-26', 'Not stated ("has cast"); first reported by 001, whose publication date, 26 December 2017, is itself inferred.', NULL),
    ('syrian-government-will-attend-sochi-congress', DATE '2017-12-26', 'Not stated ("has said"); first reported by 001 (then 003), whose publication date, 26 December 2017, is itself inferred.',
     'The Syrian government "has said it will attend" the January congress (001, 003). The November 2017 statement by al-Jaafari is a separate stance.'),
    ('turkey-accuses-pyd', DATE '2017-12-26', 'Not stated ("views", present tense); first reported by 001 (then 003), whose publication date, 26 December 2017, is itself inferred.', NULL),
    ('turkey-opposes-pyd-participation', DATE '2017-12-26', 'Not stated ("has ruled out"); first reported by 001, whose publication date, 26 December 2017, is itself inferred.',
     'Turkey "has ruled out inviting the powerful PYD Kurdish group". (003 reports it as "Kurdish groups should not be invited": separate stance turkey-opposes-kurdish-groups-participation.)'),
    -- 003, VOA, published 27 December 2017 (inferred, approximate).
    ('forty-rebel-groups-criticize-russia-as-mediator', DATE '2017-12-27', 'Not stated (present tense, "The rebels say"); first reported by 003, whose publication date, 27 December 2017, is itself inferred. Not tied to the December statement: 003 does not say it is from it.',
     'The mediator in peace talks must be a neutral and honest broker; Russia, as Syria''s most powerful ally, is not.'),
    ('pyd-demands-participation', DATE '2017-12-27', 'Not stated (present tense, "says"); first reported by 003, whose publication date, 27 December 2017, is itself inferred.',
     'The PYD "says it has a right to take part in the peace negotiations" — in context, the Sochi talks Turkey wants it kept out of: a stance on its own attendance, so toward the congress.'),
    ('turkey-accuses-ypg', DATE '2017-12-27', 'Not stated ("considers", present tense); first reported by 003, whose publication date, 27 December 2017, is itself inferred.',
     'Turkey considers the People''s Protection Units a terrorist group because of their ties to Kurdish separatists in Turkey.'),
    ('turkey-opposes-kurdish-groups-participation', DATE '2017-12-27', 'Not stated ("says"); first reported by 003, whose publication date, 27 December 2017, is itself inferred.', NULL),
    ('turkey-will-attend-sochi-congress', DATE '2017-12-27', 'Not stated ("also plans to go"); first reported by 003, whose publication date, 27 December 2017, is itself inferred.',
     'Turkey "also plans to go".'),
    -- 004, RFE/RL, published 29 January 2018 (day).
    ('snc-boycotts-sochi-congress', DATE '2018-01-29', 'Not stated ("have said", "has announced"); first reported by 004, published 29 January 2018. Same paragraph and date as the Kurdish and U.S. refusals.',
     'The Syrian Negotiation Commission, "the main opposition group", has said it will not attend.'),
    ('kurdish-groups-boycott-sochi-congress', DATE '2018-01-29', 'Not stated ("have said"); first reported by 004, published 29 January 2018. Same paragraph and date as the SNC and U.S. refusals.',
     'Groups representing Syria''s Kurdish minority have said they will not attend; 004 reports it as part of the boycott.'),
    ('united-states-will-not-attend-sochi-congress', DATE '2018-01-29', 'Not stated ("also said"); first reported by 004, published 29 January 2018. Same paragraph and date as the SNC and Kurdish refusals.',
     'The United States said it would not send delegates.'),
    ('us-embassy-respects-snc-decision', DATE '2018-01-29', 'Not stated ("told Russia''s Interfax news agency"); first reported by 004, published 29 January 2018.', NULL),
    ('us-embassy-supports-geneva-process', DATE '2018-01-29', 'Not stated ("told Russia''s Interfax news agency"); first reported by 004, published 29 January 2018.', NULL),
    ('syrian-opposition-criticizes-astana-process', DATE '2018-01-29', 'Not stated ("have warned"); first reported by 004, published 29 January 2018.',
     'The Syrian opposition warned that the Astana process could be intended to replace the UN-led Geneva process.'),
    ('western-powers-criticize-astana-process', DATE '2018-01-29', 'Not stated ("have warned"); first reported by 004, published 29 January 2018.',
     'Western powers warned that the Astana process could be intended to replace the UN-led Geneva process.')
  ) AS v(id, stated_on, basis, summary)
 WHERE s.id = v.id;

-- Every stance is dated, and a date not stated to the day says how it was chosen.
ALTER TABLE stances ALTER COLUMN stated_on SET NOT NULL,
                    ALTER COLUMN stated_precision SET NOT NULL;
ALTER TABLE stances ADD CONSTRAINT stances_date_basis_unless_day
    CHECK (stated_precision = 'day' OR nullif(btrim(date_basis), '') IS NOT NULL);
