-- The coding rules of docs/curation.md that were only written down, now enforced by the database,
-- each failure saying what is wrong (MESSAGE), why it is a rule (DETAIL) and how to fix it (HINT),
-- so a curator never meets a bare constraint name such as citations_check1.
--   * a claim's citations come from the claim's own source;
--   * every event, stance, claim, schedule and participant has a citation when the transaction
--     commits (deferred constraint triggers: a migration inserts the facts first, the citations
--     last);
--   * an alias's citation contains the alias;
--   * a polarity that differs from its kind's default says why (stances.polarity_reason);
--   * a citation supports exactly one fact that exists; a quote not found names the near miss;
--   * a week/month/year date is the Monday / the 1st / 1 January; a date-valued claim is ISO 8601.
-- Also: sources.url and sources.text_complete, and the participant role did-not-attend.
-- Existing data passes every rule after the two fixes below (listed in docs/curation.md §14).
-- `curate check` lists every problem at once through curation_problems() at the end.

-- ---------------------------------------------------------------------------------------------
-- Columns and vocabulary
-- ---------------------------------------------------------------------------------------------
ALTER TABLE sources
    ADD COLUMN url text CONSTRAINT sources_url_is_http CHECK (url ~ '^https?://[^\s]+$'),
    ADD COLUMN text_complete boolean NOT NULL DEFAULT true;
COMMENT ON COLUMN sources.url IS 'Where the article was published, when the original can be found; NULL otherwise.';
COMMENT ON COLUMN sources.text_complete IS 'false when body is an excerpt or truncated copy of the article.';

INSERT INTO participant_roles (role, definition) VALUES
    ('did-not-attend', 'Did not attend; no reason given.');

ALTER TABLE stances ADD COLUMN polarity_reason text;

-- The one stance whose polarity differs from its kind's default (0300, docs/curation.md §13).
UPDATE stances
   SET polarity_reason = 'The target is the opposition''s participation in the congress; toward it Peskov is indifferent (the boycott "is unlikely to stop this congress from going ahead", 004). dismisses defaults to -1, which would read as the Kremlin opposing the opposition''s taking part.'
 WHERE id = 'kremlin-dismisses-opposition-boycott';

-- 003's "a collection of 40 Syrian rebel groups" was cited for the alias "40 rebel groups", which
-- it does not contain: the form VOA prints is an alias of its own.
INSERT INTO actor_aliases (actor_id, alias, kind, note)
VALUES ('forty-rebel-groups', '40 Syrian rebel groups', 'descriptor', 'VOA''s wording (003).');
UPDATE citations
   SET alias_id = (SELECT id FROM actor_aliases WHERE actor_id = 'forty-rebel-groups' AND alias = '40 Syrian rebel groups')
 WHERE source_id = 'voa-2017-12-27-lavrov-defends-syria-peace-conference'
   AND quote = 'a collection of 40 Syrian rebel groups'
   AND alias_id = (SELECT id FROM actor_aliases WHERE actor_id = 'forty-rebel-groups' AND alias = '40 rebel groups');

-- ---------------------------------------------------------------------------------------------
-- Quotes: where the text differs from what was typed
-- ---------------------------------------------------------------------------------------------

-- Typographic characters mapped one for one to the forms a keyboard types, so offsets in the
-- folded text are offsets in the original: curly quotes and apostrophes, dashes and minus,
-- no-break and thin spaces. Case folded too.
CREATE FUNCTION typographic_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(translate(value,
    U&'\2018\2019\201A\201B\2032\201C\201D\201E\201F\2033\2010\2011\2012\2013\2014\2015\2212\00A0\2007\2009\202F\000A\000D\0009',
    '''''''''''"""""-------       ')) $$;

-- Why a quote is not where it was expected, for the DETAIL and HINT of a refused citation.
CREATE FUNCTION describe_quote_mismatch(source_id text, body text, quote text, OUT detail text, OUT hint text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    folded_at integer := strpos(typographic_fold(body), typographic_fold(quote));
    actual text;
    differences text := '';
    low integer := 0;
    high integer := char_length(quote);
    middle integer;
    prefix_at integer;
BEGIN
    IF folded_at > 0 THEN
        actual := substr(body, folded_at, char_length(quote));
        FOR i IN 1 .. char_length(quote) LOOP
            IF substr(quote, i, 1) <> substr(actual, i, 1) AND char_length(differences) < 300 THEN
                differences := differences || format('at %s typed %s (U+%s) where the source has %s (U+%s); ', i - 1,
                    substr(quote, i, 1), upper(lpad(to_hex(ascii(substr(quote, i, 1))), 4, '0')),
                    substr(actual, i, 1), upper(lpad(to_hex(ascii(substr(actual, i, 1))), 4, '0')));
            END IF;
        END LOOP;
        detail := format('The source has "%s" at offset %s; it differs only in typography or case: %s',
            actual, folded_at - 1, rtrim(differences, '; '));
        hint := 'Copy the quote from the source text character for character (curly quotes and apostrophes, dashes and no-break spaces as printed), '
            || format('or write it as %L. Find a quote with: dotnet run --project src/ConflictEventsApi -- curate locate --source %s "QUOTE"', actual, source_id);
        RETURN;
    END IF;
    -- The longest start of the quote that the (folded) text holds: "found" is monotonic in length.
    WHILE low < high LOOP
        middle := (low + high + 1) / 2;
        IF strpos(typographic_fold(body), typographic_fold(left(quote, middle))) > 0 THEN low := middle; ELSE high := middle - 1; END IF;
    END LOOP;
    IF low >= 8 THEN
        prefix_at := strpos(typographic_fold(body), typographic_fold(left(quote, low)));
        detail := format('The first %s characters ("%s") are at offset %s; there the source goes on "%s" where the quote has "%s".',
            low, left(quote, low), prefix_at - 1, substr(body, prefix_at + low, 30), substr(quote, low + 1, 30));
    ELSE
        detail := 'Not even the start of the quote is in the text: is it the right source?';
    END IF;
    hint := format('Quote the source verbatim (an ellipsis or a change of words means two citations). Find a quote with: dotnet run --project src/ConflictEventsApi -- curate locate --source %s "QUOTE"', source_id);
END
$$;

-- As in 0001, with a DETAIL and HINT for each refusal.
CREATE OR REPLACE FUNCTION locate_and_check_citation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    body text;
    found integer;
    offsets text;
    mismatch record;
BEGIN
    SELECT s.body INTO body FROM sources s WHERE s.id = NEW.source_id;
    IF body IS NULL THEN
        RAISE EXCEPTION 'citation: unknown source %', NEW.source_id
            USING DETAIL = 'No row of sources has this id.',
                  HINT = 'Insert the source earlier in the migration, or use one of: ' || coalesce((SELECT string_agg(id, ', ' ORDER BY id) FROM sources), '(none)');
    END IF;
    IF NEW.start_offset IS NULL THEN
        found := strpos(body, NEW.quote);
        IF found = 0 THEN
            SELECT * INTO mismatch FROM describe_quote_mismatch(NEW.source_id, body, NEW.quote);
            RAISE EXCEPTION 'citation: quote not found in source %: "%"', NEW.source_id, NEW.quote
                USING DETAIL = mismatch.detail, HINT = mismatch.hint;
        END IF;
        -- A quote that occurs twice must be placed explicitly, so no citation points at the
        -- wrong sentence by accident.
        IF strpos(substr(body, found + 1), NEW.quote) > 0 THEN
            SELECT string_agg((position - 1)::text, ', ') INTO offsets
            FROM generate_series(1, char_length(body)) AS position
            WHERE substr(body, position, char_length(NEW.quote)) = NEW.quote;
            RAISE EXCEPTION 'citation: quote occurs more than once in source %, give start_offset: "%"',
                NEW.source_id, NEW.quote
                USING DETAIL = format('It occurs at offsets %s (0-based).', offsets),
                      HINT = format('Add start_offset => one of %s (the first occurrence unless another is meant), or quote a longer passage that occurs once.', offsets);
        END IF;
        NEW.start_offset := found - 1;
    END IF;
    NEW.length := coalesce(NEW.length, char_length(NEW.quote));
    IF substr(body, NEW.start_offset + 1, NEW.length) IS DISTINCT FROM NEW.quote THEN
        found := strpos(body, NEW.quote);
        RAISE EXCEPTION 'citation: source % does not hold "%" at offset %',
            NEW.source_id, NEW.quote, NEW.start_offset
            USING DETAIL = format('At offset %s the source has "%s".', NEW.start_offset, substr(body, NEW.start_offset + 1, NEW.length)),
                  HINT = CASE WHEN found > 0
                              THEN format('The quote starts at offset %s: give that start_offset, or leave start_offset out to have it located.', found - 1)
                              ELSE (describe_quote_mismatch(NEW.source_id, body, NEW.quote)).hint END;
    END IF;
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Citations: one fact that exists, a claim from its own source, an alias that is quoted
-- ---------------------------------------------------------------------------------------------

-- The facts a citation can support: its column, the table and that table's key.
CREATE FUNCTION citation_targets() RETURNS TABLE (citation_column text, fact_table text, label text)
LANGUAGE sql IMMUTABLE AS $$
    VALUES ('event_id', 'events', 'event'), ('schedule_id', 'event_schedules', 'schedule'),
           ('participant_id', 'event_participants', 'participant'), ('stance_id', 'stances', 'stance'),
           ('claim_id', 'claims', 'claim'), ('actor_id', 'actors', 'actor'),
           ('alias_id', 'actor_aliases', 'alias'), ('affiliation_id', 'actor_affiliations', 'affiliation')
$$;

-- Runs before citations_quote_matches_source (triggers fire in name order) and before the CHECK
-- and foreign-key constraints, so a curator meets these messages instead of theirs.
CREATE FUNCTION check_citation_references() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_json jsonb := to_jsonb(NEW);
    set_columns text[];
    target record;
    value text;
    exists_already boolean;
    similar_ids text;
    claim_source text;
    alias_row record;
    short_quote text := left(NEW.quote, 60) || CASE WHEN char_length(NEW.quote) > 60 THEN '…' ELSE '' END;
BEGIN
    SELECT array_agg(t.citation_column ORDER BY t.citation_column) INTO set_columns
    FROM citation_targets() t WHERE row_json ->> t.citation_column IS NOT NULL;
    IF set_columns IS NULL THEN
        RAISE EXCEPTION 'citation "%" (source %) supports no fact', short_quote, NEW.source_id
            USING DETAIL = 'Exactly one of event_id, schedule_id, participant_id, stance_id, claim_id, actor_id, alias_id, affiliation_id must be set; all are NULL.',
                  HINT = 'A lookup such as (SELECT id FROM event_participants WHERE event_id = ... AND actor_id = ... AND role = ...) that finds no row gives NULL: check the ids in it, or insert the fact before its citations.';
    ELSIF cardinality(set_columns) > 1 THEN
        RAISE EXCEPTION 'citation "%" (source %) supports % facts at once (%)', short_quote, NEW.source_id,
            cardinality(set_columns), array_to_string(set_columns, ', ')
            USING DETAIL = 'A citation supports exactly one fact.',
                  HINT = 'Insert one citation row per fact, each with the same quote.';
    END IF;

    SELECT * INTO target FROM citation_targets() t WHERE t.citation_column = set_columns[1];
    value := row_json ->> target.citation_column;
    -- Table and column names come from citation_targets(), never from data; the value is a parameter.
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id::text = $1)', target.fact_table)
        INTO exists_already USING value;
    IF NOT exists_already THEN
        EXECUTE format('SELECT string_agg(id::text, '', '') FROM (SELECT id FROM %I WHERE id::text LIKE $1 ORDER BY id LIMIT 5) x',
                       target.fact_table)
            INTO similar_ids USING split_part(value, '-', 1) || '%';
        RAISE EXCEPTION 'citation "%" (source %): there is no % with id %', short_quote, NEW.source_id, target.label, value
            USING DETAIL = format('%s.%s must name a row of %s.', 'citations', target.citation_column, target.fact_table),
                  HINT = 'Check the spelling, or insert the ' || target.label || ' before its citations.'
                      || coalesce(' Ids that start the same way: ' || similar_ids || '.', '');
    END IF;

    IF NEW.claim_id IS NOT NULL THEN
        SELECT c.source_id INTO claim_source FROM claims c WHERE c.id = NEW.claim_id;
        IF claim_source <> NEW.source_id THEN
            RAISE EXCEPTION 'citation "%" of claim % is quoted from source %, but the claim is the figure of source %',
                short_quote, NEW.claim_id, NEW.source_id, claim_source
                USING DETAIL = 'A claim is one source''s figure (docs/curation.md §8.11): its citations come from that source.',
                      HINT = format('Quote %s for this claim, or add a claim of source %s on the same topic and cite this quote for it.', claim_source, NEW.source_id);
        END IF;
    END IF;

    IF NEW.alias_id IS NOT NULL THEN
        SELECT a.alias, a.actor_id INTO alias_row FROM actor_aliases a WHERE a.id = NEW.alias_id;
        IF strpos(fold_text(NEW.quote), fold_text(alias_row.alias)) = 0 THEN
            RAISE EXCEPTION 'citation "%" of alias "%" (actor %) does not contain the alias', short_quote, alias_row.alias, alias_row.actor_id
                USING DETAIL = 'An alias citation shows the source using that name (compared ignoring case and accents).',
                      HINT = format('Quote a passage that contains "%s", or, if the source prints another form, add that form as an alias of %s and cite it.', alias_row.alias, alias_row.actor_id);
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER citations_check_references
    BEFORE INSERT OR UPDATE ON citations
    FOR EACH ROW EXECUTE FUNCTION check_citation_references();

-- A claim's source cannot move away from its citations.
CREATE FUNCTION check_claim_source() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE other text;
BEGIN
    SELECT string_agg(DISTINCT c.source_id, ', ') INTO other FROM citations c
     WHERE c.claim_id = NEW.id AND c.source_id <> NEW.source_id;
    IF other IS NOT NULL THEN
        RAISE EXCEPTION 'claim %: source % is not the source of its citations (%)', NEW.id, NEW.source_id, other
            USING DETAIL = 'A claim is one source''s figure: its citations come from that source.',
                  HINT = 'Keep the claim''s source, or add a claim for the other source and move the citations to it.';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER claims_source_matches_citations
    BEFORE UPDATE OF source_id ON claims
    FOR EACH ROW EXECUTE FUNCTION check_claim_source();

-- ---------------------------------------------------------------------------------------------
-- Every fact cited when the transaction commits
-- ---------------------------------------------------------------------------------------------

-- How a curator recognises a fact row in a message.
CREATE FUNCTION describe_fact(fact_table text, fact_id text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE fact_table
        WHEN 'event_participants' THEN (SELECT format('participant %s (%s, %s, at %s)', p.id, p.actor_id, p.role, p.event_id)
                                        FROM event_participants p WHERE p.id::text = fact_id)
        WHEN 'event_schedules' THEN (SELECT format('schedule %s (%s on %s, %s)', s.id, s.event_id, s.start_date, s.status)
                                     FROM event_schedules s WHERE s.id::text = fact_id)
        ELSE (SELECT t.label || ' ' || fact_id FROM citation_targets() t WHERE t.fact_table = describe_fact.fact_table)
    END
$$;

-- Arguments: the citation column that points at this table.
CREATE FUNCTION require_citation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    target_column text := TG_ARGV[0];
    target_table text := (SELECT t.fact_table FROM citation_targets() t WHERE t.citation_column = TG_ARGV[0]);
    fact_id text;
    fact_exists boolean;
    cited boolean;
BEGIN
    IF TG_TABLE_NAME = 'citations' THEN
        -- A citation removed or moved: the fact it supported must still have one.
        fact_id := to_jsonb(OLD) ->> target_column;
        IF fact_id IS NULL THEN RETURN NULL; END IF;
    ELSE
        fact_id := to_jsonb(NEW) ->> 'id';
    END IF;
    -- Names come from the trigger definitions below, never from data.
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id::text = $1)', target_table)
        INTO fact_exists USING fact_id;
    IF NOT fact_exists THEN RETURN NULL; END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM citations WHERE %I::text = $1)', target_column)
        INTO cited USING fact_id;
    IF NOT cited THEN
        RAISE EXCEPTION '% has no citation',
            describe_fact(target_table, fact_id)
            USING DETAIL = 'Every event, stance, claim, schedule and participant is backed by at least one verbatim quote when the migration commits.',
                  HINT = format('Add, in the same migration: INSERT INTO citations (source_id, quote, %s) VALUES (''<source id>'', ''<the words that report it>'', %L);',
                                target_column, fact_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER events_are_cited AFTER INSERT ON events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('event_id');
CREATE CONSTRAINT TRIGGER event_schedules_are_cited AFTER INSERT ON event_schedules
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('schedule_id');
CREATE CONSTRAINT TRIGGER event_participants_are_cited AFTER INSERT ON event_participants
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('participant_id');
CREATE CONSTRAINT TRIGGER stances_are_cited AFTER INSERT ON stances
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('stance_id');
CREATE CONSTRAINT TRIGGER claims_are_cited AFTER INSERT ON claims
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('claim_id');
CREATE CONSTRAINT TRIGGER citations_keep_event_cited AFTER UPDATE OR DELETE ON citations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('event_id');
CREATE CONSTRAINT TRIGGER citations_keep_schedule_cited AFTER UPDATE OR DELETE ON citations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('schedule_id');
CREATE CONSTRAINT TRIGGER citations_keep_participant_cited AFTER UPDATE OR DELETE ON citations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('participant_id');
CREATE CONSTRAINT TRIGGER citations_keep_stance_cited AFTER UPDATE OR DELETE ON citations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('stance_id');
CREATE CONSTRAINT TRIGGER citations_keep_claim_cited AFTER UPDATE OR DELETE ON citations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION require_citation('claim_id');

-- ---------------------------------------------------------------------------------------------
-- Stances: polarity, target and date, explained
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION check_stance_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE kind_default smallint;
BEGIN
    SELECT k.default_polarity INTO kind_default FROM stance_kinds k WHERE k.kind = NEW.kind;
    IF kind_default IS NULL THEN
        RAISE EXCEPTION 'stance %: unknown kind %', NEW.id, NEW.kind
            USING HINT = 'Use one of: ' || (SELECT string_agg(kind, ', ' ORDER BY kind) FROM stance_kinds) || ' (docs/curation.md §7).';
    END IF;
    IF NEW.polarity IS DISTINCT FROM kind_default AND nullif(btrim(NEW.polarity_reason), '') IS NULL THEN
        RAISE EXCEPTION 'stance %: polarity % differs from the default % of its kind %, and polarity_reason does not say why',
            NEW.id, NEW.polarity, kind_default, NEW.kind
            USING DETAIL = 'A polarity is the kind''s default unless a recorded reason says otherwise (docs/curation.md §7, §13).',
                  HINT = format('Set polarity to %s, choose the kind that fits the polarity, or set polarity_reason to why the stance is %s toward its target.', kind_default, NEW.polarity);
    END IF;
    IF NOT ((NEW.target_event_id IS NOT NULL AND NEW.target_track_slug IS NULL AND NEW.target_actor_id IS NULL)
         OR (NEW.target_track_slug IS NOT NULL AND NEW.target_event_id IS NULL AND NEW.target_actor_id IS NULL)
         OR (NEW.target_actor_id IS NOT NULL AND NEW.target_track_slug IS NULL)) THEN
        RAISE EXCEPTION 'stance %: targets event %, track % and actor % at once', NEW.id,
            coalesce(NEW.target_event_id, '-'), coalesce(NEW.target_track_slug, '-'), coalesce(NEW.target_actor_id, '-')
            USING DETAIL = 'A stance has exactly one target: an event, a track, an actor, or an actor''s participation in an event (target_actor_id + target_event_id).',
                  HINT = 'Keep the one target the polarity is toward; a statement toward two targets is two stances, each with its own citations (docs/curation.md §13).';
    END IF;
    IF NEW.stated_on IS NULL OR NEW.stated_precision IS NULL THEN
        RAISE EXCEPTION 'stance % has no date', NEW.id
            USING DETAIL = 'Every stance is dated (stated_on and stated_precision).',
                  HINT = 'Use the date the source states; else the publication date of the earliest article that reports it, with stated_precision ''reported'' and a date_basis (docs/curation.md §13).';
    END IF;
    IF NEW.stated_precision <> 'day' AND nullif(btrim(NEW.date_basis), '') IS NULL THEN
        RAISE EXCEPTION 'stance %: date % has precision %, and date_basis does not say how it was chosen', NEW.id, NEW.stated_on, NEW.stated_precision
            USING HINT = 'Set date_basis, e.g. ''Not stated ("said"); first reported by <article>, published <date>.'' (docs/curation.md §13).';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER stances_check_rules
    BEFORE INSERT OR UPDATE ON stances
    FOR EACH ROW EXECUTE FUNCTION check_stance_rules();

-- ---------------------------------------------------------------------------------------------
-- Dates at a precision, and date-valued claims
-- ---------------------------------------------------------------------------------------------

-- Arguments: pairs of (date column, precision column). A week is dated by its Monday, a month by
-- its first day, a year by 1 January (docs/curation.md §3).
CREATE FUNCTION check_date_precision() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_json jsonb := to_jsonb(NEW);
    value date;
    date_precision_value text;
    expected date;
BEGIN
    FOR i IN 0 .. TG_NARGS - 1 BY 2 LOOP
        value := (row_json ->> TG_ARGV[i])::date;
        date_precision_value := row_json ->> TG_ARGV[i + 1];
        IF value IS NULL OR date_precision_value IS NULL THEN
            IF (value IS NULL) <> (date_precision_value IS NULL) THEN
                RAISE EXCEPTION '% %: % and % are set together or not at all', TG_TABLE_NAME, row_json ->> 'id', TG_ARGV[i], TG_ARGV[i + 1]
                    USING HINT = 'Give both the date and its precision (day, week, month, year, approximate, reported), or neither.';
            END IF;
            CONTINUE;
        END IF;
        expected := CASE date_precision_value
            WHEN 'week' THEN value - (extract(isodow FROM value)::integer - 1)
            WHEN 'month' THEN date_trunc('month', value)::date
            WHEN 'year' THEN date_trunc('year', value)::date
            ELSE value END;
        IF expected <> value THEN
            RAISE EXCEPTION '% %: % is %, but precision % dates it by %', TG_TABLE_NAME, row_json ->> 'id', TG_ARGV[i], value, date_precision_value,
                CASE date_precision_value WHEN 'week' THEN 'its Monday' WHEN 'month' THEN 'the first of the month' ELSE '1 January' END
                USING HINT = format('Write %s.', expected);
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;

CREATE TRIGGER events_check_date_precision BEFORE INSERT OR UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION check_date_precision('start_date', 'date_precision');
CREATE TRIGGER event_schedules_check_date_precision BEFORE INSERT OR UPDATE ON event_schedules
    FOR EACH ROW EXECUTE FUNCTION check_date_precision('start_date', 'date_precision');
CREATE TRIGGER stances_check_date_precision BEFORE INSERT OR UPDATE ON stances
    FOR EACH ROW EXECUTE FUNCTION check_date_precision('stated_on', 'stated_precision');
CREATE TRIGGER claims_check_date_precision BEFORE INSERT OR UPDATE ON claims
    FOR EACH ROW EXECUTE FUNCTION check_date_precision('as_of', 'as_of_precision');
CREATE TRIGGER sources_check_date_precision BEFORE INSERT OR UPDATE ON sources
    FOR EACH ROW EXECUTE FUNCTION check_date_precision('published_on', 'published_precision');

-- A date-valued claim (unit 'date') is ISO 8601 text: 2011, 2011-03, 2017-12-25, a range
-- 2018-01-29/2018-01-30, or an open start ../2015-12 (docs/curation.md §8.12).
CREATE FUNCTION check_date_claim() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.unit = 'date' AND (NEW.value_numeric IS NOT NULL
        OR NEW.value_text !~ '^(\.\.|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)(/(\.\.|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?))?$') THEN
        RAISE EXCEPTION 'claim %: a date-valued claim needs ISO 8601 value_text and no value_numeric; it has value_text "%"', NEW.id, NEW.value_text
            USING HINT = 'Write value_text as 2011, 2011-03, 2017-12-25, 2018-01-29/2018-01-30 or ../2015-12, leave value_numeric NULL, and keep the source''s wording in the note and the citation.';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER claims_check_date_value BEFORE INSERT OR UPDATE ON claims
    FOR EACH ROW EXECUTE FUNCTION check_date_claim();

-- ---------------------------------------------------------------------------------------------
-- Every problem at once, for `curate check` (the triggers stop at the first)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION curation_problems() RETURNS TABLE (problem text, fix text)
LANGUAGE sql STABLE AS $$
    SELECT describe_fact(t.fact_table, f.id) || ' has no citation',
           format('add INSERT INTO citations (source_id, quote, %s) VALUES (''<source id>'', ''<the words that report it>'', %L)', t.citation_column, f.id)
    FROM citation_targets() t
    CROSS JOIN LATERAL (
        SELECT e.id::text FROM events e WHERE t.fact_table = 'events' AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.event_id = e.id)
        UNION ALL SELECT s.id::text FROM event_schedules s WHERE t.fact_table = 'event_schedules' AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.schedule_id = s.id)
        UNION ALL SELECT p.id::text FROM event_participants p WHERE t.fact_table = 'event_participants' AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.participant_id = p.id)
        UNION ALL SELECT s.id::text FROM stances s WHERE t.fact_table = 'stances' AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.stance_id = s.id)
        UNION ALL SELECT x.id::text FROM claims x WHERE t.fact_table = 'claims' AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.claim_id = x.id)
    ) AS f(id)
    UNION ALL
    SELECT format('citation %s of claim %s is quoted from %s, not from the claim''s source %s', c.id, x.id, c.source_id, x.source_id),
           format('quote %s, or add a claim of %s and cite this quote for it', x.source_id, c.source_id)
    FROM citations c JOIN claims x ON x.id = c.claim_id WHERE c.source_id <> x.source_id
    UNION ALL
    SELECT format('citation %s of alias "%s" (actor %s) does not contain the alias', c.id, a.alias, a.actor_id),
           format('quote a passage that contains "%s", or add the form the source prints as an alias and cite it', a.alias)
    FROM citations c JOIN actor_aliases a ON a.id = c.alias_id
    WHERE strpos(fold_text(c.quote), fold_text(a.alias)) = 0
    UNION ALL
    SELECT format('stance %s: polarity %s differs from the default %s of its kind %s without a polarity_reason', s.id, s.polarity, k.default_polarity, s.kind),
           format('set polarity to %s, or set polarity_reason', k.default_polarity)
    FROM stances s JOIN stance_kinds k ON k.kind = s.kind
    WHERE s.polarity <> k.default_polarity AND nullif(btrim(s.polarity_reason), '') IS NULL
    UNION ALL
    SELECT format('citation %s: source %s does not hold its quote at offset %s', c.id, c.source_id, c.start_offset),
           'correct start_offset, or delete the citation and insert it again without start_offset'
    FROM citations c JOIN sources s ON s.id = c.source_id
    WHERE substr(s.body, c.start_offset + 1, c.length) IS DISTINCT FROM c.quote
$$;
