-- The closed vocabularies of the coding scheme. docs/curation.md explains each value with an
-- example from the articles; stance kinds map to CAMEO codes where one fits.

INSERT INTO actor_kinds (kind, definition) VALUES
    ('state', 'A sovereign state acting as a whole (Russia, Turkey, the United States).'),
    ('government', 'A government or ruling authority, including a de facto one (the Syrian government).'),
    ('ministry', 'A ministry, embassy, presidential office or other organ of a government.'),
    ('political-party', 'A political party.'),
    ('armed-group', 'A non-state armed group or militia.'),
    ('opposition-body', 'A political opposition organisation, coalition or negotiating body.'),
    ('local-authority', 'A governing body of a region or of rebel-held areas.'),
    ('international-organisation', 'An intergovernmental organisation or one of its offices (the UN).'),
    ('media', 'A news agency or outlet that is itself reported on.'),
    ('person', 'A named individual.'),
    ('collective', 'An unnamed group that still takes positions ("some rebels", "Western powers").');

INSERT INTO event_kinds (kind, definition) VALUES
    ('congress', 'A large multi-party conference (the Congress of Syrian National Dialogue).'),
    ('talks-round', 'A round of negotiations in a diplomatic track (an Astana or Geneva round).'),
    ('meeting', 'A meeting between a few parties, including bilateral meetings.'),
    ('statement', 'A public written or spoken statement by one or more actors.'),
    ('announcement', 'A public announcement of a plan, a date or an invitation list.'),
    ('press-briefing', 'A press conference, call with reporters or interview.'),
    ('visit', 'An official visit to another country or institution.'),
    ('military-campaign', 'A sustained military operation (an air campaign).'),
    ('conflict', 'A war or armed conflict as a whole.');

INSERT INTO event_statuses (status, definition) VALUES
    ('planned', 'Announced for a future date and not yet held, as of the latest source.'),
    ('held', 'Took place.'),
    ('ongoing', 'Under way as of the latest source.'),
    ('postponed', 'Put off without a new date.'),
    ('rescheduled', 'Moved to a new date; the earlier plan is kept as a schedule row.'),
    ('cancelled', 'Called off.');

INSERT INTO date_precisions (precision, definition) VALUES
    ('day', 'The exact day is known.'),
    ('week', 'Known to the week ("last week"); the date is the Monday of that week.'),
    ('month', 'Known to the month ("next month"); the date is the first of the month.'),
    ('year', 'Known to the year; the date is the first of January.'),
    ('approximate', 'Inferred within a few days (or a range the sources disagree on); the basis is given in a note or summary.');

INSERT INTO participant_roles (role, definition) VALUES
    ('host', 'Hosts or convenes the event.'),
    ('sponsor', 'Sponsors, guarantees or co-organises the event.'),
    ('mediator', 'Mediates or chairs the talks.'),
    ('invited', 'Was invited.'),
    ('not-invited', 'Was explicitly excluded from the invitations.'),
    ('expected', 'Was expected or planned to attend, attendance not confirmed.'),
    ('attended', 'Attended or took part.'),
    ('declined', 'Said it would not attend, without presenting it as a protest.'),
    ('boycotted', 'Stayed away as a protest against the event.'),
    ('signatory', 'Signed or issued the statement.'),
    ('speaker', 'Spoke at or for the event.'),
    ('subject', 'Is what the event is about.');

INSERT INTO affiliation_relations (relation, definition) VALUES
    ('spokesperson-for', 'A person who speaks for the organisation.'),
    ('leader-of', 'A person who heads the organisation or state.'),
    ('official-of', 'A person who holds office in or works for the organisation.'),
    ('member-of', 'A member of a coalition, umbrella body or alliance.'),
    ('part-of', 'An organ, branch or ministry of a larger body.'),
    ('armed-wing-of', 'The armed force of a political organisation.'),
    ('led-by', 'A body dominated or led by another organisation.'),
    ('backed-by', 'Receives military or political backing from.');

INSERT INTO alias_kinds (kind, definition) VALUES
    ('name', 'Another full name or a translation of the name.'),
    ('short-name', 'A shortened form of the name.'),
    ('acronym', 'An acronym or initialism; may be shared by several bodies.'),
    ('spelling', 'A variant transliteration or spelling.'),
    ('title', 'A way the articles refer to a person by office ("Kremlin spokesman").'),
    ('metonym', 'A capital city or seat of power standing for a state or government ("Moscow", "Ankara").'),
    ('descriptor', 'A descriptive or partisan phrase the articles use instead of a name ("the regime", "the U.S.-allied Kurdish militia").');

INSERT INTO stance_kinds (kind, default_polarity, cameo_code, cameo_label, definition) VALUES
    ('supports', 1, '051', 'Praise or endorse', 'Endorses or backs the target.'),
    ('defends', 1, '052', 'Defend verbally', 'Defends the target against criticism.'),
    ('will-attend', 1, '036', 'Express intent to meet or negotiate', 'Says it will attend or is ready to take part.'),
    ('demands-participation', 1, '106', 'Demand meeting, negotiation', 'Claims a right to take part, or demands that it or another be represented.'),
    ('supports-participation', 1, NULL, NULL, 'Says another actor will or should take part (invites it or accepts its presence).'),
    ('commits-to', 1, '030', 'Express intent to cooperate', 'Declares itself committed to a process.'),
    ('conditional', 0, '014', 'Consider policy option', 'Support or participation depends on a stated condition.'),
    ('undecided', 0, '014', 'Consider policy option', 'Has not made up its mind.'),
    ('respects-decision', 0, '019', 'Express accord', 'Neither joins nor opposes another actor''s decision, but accepts it.'),
    ('will-not-attend', -1, '125', 'Reject proposal to meet, discuss, or negotiate', 'Says it will not attend or send delegates, without calling it a protest.'),
    ('boycotts', -1, '125', 'Reject proposal to meet, discuss, or negotiate', 'Stays away from the target as a protest, or the source frames its absence as a boycott.'),
    ('rejects', -1, '125', 'Reject proposal to meet, discuss, or negotiate', 'Rejects the target (an event, a proposal or another actor''s demand) outright.'),
    ('opposes-participation', -1, '125', 'Reject proposal to meet, discuss, or negotiate', 'Opposes another actor''s invitation or participation.'),
    ('accuses', -1, '112', 'Accuse', 'Accuses the target actor of wrongdoing (war crimes, aggression).'),
    ('demands-leadership-change', -1, '1041', 'Demand change in leadership', 'Demands that the target leader step down.'),
    ('criticizes', -1, '111', 'Criticize or denounce', 'Criticises or belittles the target.'),
    ('dismisses', -1, NULL, NULL, 'Dismisses another actor''s move as unimportant. (No CAMEO code fits: 012 "Make pessimistic comment" describes the opposite tone.)');
