-- The schema of the dataset: sources (articles), tracks, actors, events, stances, claims and the
-- citations that tie every fact to a verbatim quote. Runs as the schema owner; the API's login
-- role reads through the NOLOGIN group role events_readonly, created by provisioning.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE; an IMMUTABLE wrapper lets indexes use it for accent-insensitive search.
CREATE FUNCTION fold_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Closed vocabularies are reference tables: the database enforces them through foreign keys, and
-- each value carries its definition so the API can describe itself.
CREATE TABLE actor_kinds (
    kind        text PRIMARY KEY,
    definition  text NOT NULL
);

CREATE TABLE event_kinds (
    kind        text PRIMARY KEY,
    definition  text NOT NULL
);

CREATE TABLE event_statuses (
    status      text PRIMARY KEY,
    definition  text NOT NULL
);

CREATE TABLE date_precisions (
    precision   text PRIMARY KEY,
    definition  text NOT NULL
);

CREATE TABLE participant_roles (
    role        text PRIMARY KEY,
    definition  text NOT NULL
);

CREATE TABLE affiliation_relations (
    relation    text PRIMARY KEY,
    definition  text NOT NULL
);

CREATE TABLE alias_kinds (
    kind        text PRIMARY KEY,
    definition  text NOT NULL
);

CREATE TABLE stance_kinds (
    kind              text PRIMARY KEY,
    default_polarity  smallint NOT NULL CHECK (default_polarity IN (-1, 0, 1)),
    cameo_code        text CHECK (cameo_code ~ '^[0-9]{2,4}$'),
    cameo_label       text,
    definition        text NOT NULL,
    CHECK ((cameo_code IS NULL) = (cameo_label IS NULL))
);

-- Slugs: lower-case kebab-case ids that stay stable across re-seeding.
CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(VALUE) <= 120);
CREATE DOMAIN country_code AS text CHECK (VALUE ~ '^[A-Z]{2}$');

CREATE TABLE sources (
    id                   slug PRIMARY KEY,
    corpus_file          text NOT NULL UNIQUE,
    title                text NOT NULL,
    outlet               text,
    outlet_basis         text,
    published_on         date,
    published_precision  text REFERENCES date_precisions,
    published_basis      text NOT NULL,
    body                 text NOT NULL,
    CHECK ((outlet IS NULL) = (outlet_basis IS NULL)),
    CHECK ((published_on IS NULL) = (published_precision IS NULL))
);

CREATE TABLE actors (
    id            slug PRIMARY KEY,
    name          text NOT NULL,
    kind          text NOT NULL REFERENCES actor_kinds,
    country_code  country_code,
    description   text NOT NULL
);
CREATE INDEX actors_name_folded ON actors (fold_text(name));

CREATE TABLE actor_aliases (
    id        serial PRIMARY KEY,
    actor_id  slug NOT NULL REFERENCES actors,
    alias     text NOT NULL,
    kind      text NOT NULL REFERENCES alias_kinds,
    note      text,
    UNIQUE (actor_id, alias)
);
-- An alias held by more than one actor is ambiguous; the index serves that lookup.
CREATE INDEX actor_aliases_folded ON actor_aliases (fold_text(alias));

CREATE TABLE actor_affiliations (
    id         serial PRIMARY KEY,
    actor_id   slug NOT NULL REFERENCES actors,
    parent_id  slug NOT NULL REFERENCES actors,
    relation   text NOT NULL REFERENCES affiliation_relations,
    note       text,
    UNIQUE (actor_id, parent_id, relation),
    CHECK (actor_id <> parent_id)
);
CREATE INDEX actor_affiliations_parent ON actor_affiliations (parent_id);

CREATE TABLE tracks (
    slug           slug PRIMARY KEY,
    name           text NOT NULL,
    name_variants  text[] NOT NULL DEFAULT '{}',
    description    text NOT NULL
);

CREATE TABLE track_sponsors (
    track_slug  slug NOT NULL REFERENCES tracks,
    actor_id    slug NOT NULL REFERENCES actors,
    PRIMARY KEY (track_slug, actor_id)
);

CREATE TABLE events (
    id                slug PRIMARY KEY,
    track_slug        slug REFERENCES tracks,
    kind              text NOT NULL REFERENCES event_kinds,
    title             text NOT NULL,
    summary           text NOT NULL,
    status            text NOT NULL REFERENCES event_statuses,
    start_date        date,
    end_date          date,
    date_precision    text REFERENCES date_precisions,
    place             text,
    country_code      country_code,
    latitude          numeric(8, 5) CHECK (latitude BETWEEN -90 AND 90),
    longitude         numeric(8, 5) CHECK (longitude BETWEEN -180 AND 180),
    -- The statement, meeting or round this event was announced at or is part of.
    parent_event_id   slug REFERENCES events,
    CHECK (end_date >= start_date),
    CHECK ((start_date IS NULL) = (date_precision IS NULL)),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX events_track_date ON events (track_slug, start_date, id);
CREATE INDEX events_date ON events (start_date, id);

-- Every date an event was planned for, as each source reported it: a plan that moved keeps both
-- the earlier and the later date. events.start_date/end_date hold the latest known plan.
CREATE TABLE event_schedules (
    id              serial PRIMARY KEY,
    event_id        slug NOT NULL REFERENCES events,
    start_date      date NOT NULL,
    end_date        date,
    date_precision  text NOT NULL REFERENCES date_precisions,
    status          text NOT NULL REFERENCES event_statuses,
    announced_on    date,
    note            text,
    CHECK (end_date >= start_date)
);
CREATE INDEX event_schedules_event ON event_schedules (event_id);

CREATE TABLE event_participants (
    id        serial PRIMARY KEY,
    event_id  slug NOT NULL REFERENCES events,
    actor_id  slug NOT NULL REFERENCES actors,
    role      text NOT NULL REFERENCES participant_roles,
    note      text,
    UNIQUE (event_id, actor_id, role)
);
CREATE INDEX event_participants_actor ON event_participants (actor_id);

-- A position an actor states toward an event, a track, or another actor (or that actor's
-- participation in the target event).
CREATE TABLE stances (
    id                slug PRIMARY KEY,
    actor_id          slug NOT NULL REFERENCES actors,
    kind              text NOT NULL REFERENCES stance_kinds,
    polarity          smallint NOT NULL CHECK (polarity IN (-1, 0, 1)),
    target_event_id   slug REFERENCES events,
    target_track_slug slug REFERENCES tracks,
    target_actor_id   slug REFERENCES actors,
    speaker_id        slug REFERENCES actors,
    -- The statement or meeting at which the position was stated, when it is an event of its own.
    stated_at_event_id slug REFERENCES events,
    stated_on         date,
    stated_precision  text REFERENCES date_precisions,
    condition         text,
    summary           text NOT NULL,
    CHECK (num_nonnulls(target_event_id, target_track_slug, target_actor_id) >= 1),
    CHECK ((stated_on IS NULL) = (stated_precision IS NULL))
);
CREATE INDEX stances_actor ON stances (actor_id, stated_on, id);
CREATE INDEX stances_target_event ON stances (target_event_id);
CREATE INDEX stances_target_track ON stances (target_track_slug);

CREATE TABLE claim_topics (
    slug         slug PRIMARY KEY,
    title        text NOT NULL,
    unit         text,
    description  text NOT NULL
);

-- A figure as one source states it. Sources that disagree give several claims on one topic;
-- nothing is averaged or picked.
CREATE TABLE claims (
    id              slug PRIMARY KEY,
    topic_slug      slug NOT NULL REFERENCES claim_topics,
    source_id       slug NOT NULL REFERENCES sources,
    value_text      text NOT NULL,
    value_numeric   numeric,
    -- How the source qualifies the figure: "more than", "around", "some", "hundreds of".
    qualifier       text,
    unit            text,
    as_of           date,
    as_of_precision text REFERENCES date_precisions,
    event_id        slug REFERENCES events,
    note            text,
    CHECK ((as_of IS NULL) = (as_of_precision IS NULL))
);
CREATE INDEX claims_topic ON claims (topic_slug);

-- A verbatim quote from a source, located by character offsets (0-based) into sources.body, that
-- supports exactly one fact. Insert source_id + quote (+ occurrence when the quote appears more
-- than once); the trigger below finds the offsets and refuses a quote the text does not hold.
CREATE TABLE citations (
    id              serial PRIMARY KEY,
    source_id       slug NOT NULL REFERENCES sources,
    start_offset    integer NOT NULL CHECK (start_offset >= 0),
    length          integer NOT NULL CHECK (length > 0),
    quote           text NOT NULL,
    event_id        slug REFERENCES events,
    schedule_id     integer REFERENCES event_schedules,
    participant_id  integer REFERENCES event_participants,
    stance_id       slug REFERENCES stances,
    claim_id        slug REFERENCES claims,
    actor_id        slug REFERENCES actors,
    alias_id        integer REFERENCES actor_aliases,
    affiliation_id  integer REFERENCES actor_affiliations,
    CHECK (length = char_length(quote)),
    CHECK (num_nonnulls(event_id, schedule_id, participant_id, stance_id, claim_id,
                        actor_id, alias_id, affiliation_id) = 1)
);
CREATE INDEX citations_source ON citations (source_id, start_offset);
CREATE INDEX citations_event ON citations (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX citations_stance ON citations (stance_id) WHERE stance_id IS NOT NULL;
CREATE INDEX citations_claim ON citations (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX citations_participant ON citations (participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX citations_schedule ON citations (schedule_id) WHERE schedule_id IS NOT NULL;

CREATE FUNCTION locate_and_check_citation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    body text;
    found integer;
BEGIN
    SELECT s.body INTO body FROM sources s WHERE s.id = NEW.source_id;
    IF body IS NULL THEN
        RAISE EXCEPTION 'citation: unknown source %', NEW.source_id;
    END IF;
    IF NEW.start_offset IS NULL THEN
        found := strpos(body, NEW.quote);
        IF found = 0 THEN
            RAISE EXCEPTION 'citation: quote not found in source %: "%"', NEW.source_id, NEW.quote;
        END IF;
        -- A quote that occurs twice must be placed explicitly, so no citation points at the
        -- wrong sentence by accident.
        IF strpos(substr(body, found + 1), NEW.quote) > 0 THEN
            RAISE EXCEPTION 'citation: quote occurs more than once in source %, give start_offset: "%"',
                NEW.source_id, NEW.quote;
        END IF;
        NEW.start_offset := found - 1;
    END IF;
    NEW.length := coalesce(NEW.length, char_length(NEW.quote));
    IF substr(body, NEW.start_offset + 1, NEW.length) IS DISTINCT FROM NEW.quote THEN
        RAISE EXCEPTION 'citation: source % does not hold "%" at offset %',
            NEW.source_id, NEW.quote, NEW.start_offset;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER citations_quote_matches_source
    BEFORE INSERT OR UPDATE ON citations
    FOR EACH ROW EXECUTE FUNCTION locate_and_check_citation();

-- A source's text is the ground truth of its citations: it never changes once cited.
CREATE FUNCTION refuse_cited_body_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.body IS DISTINCT FROM OLD.body
       AND EXISTS (SELECT 1 FROM citations c WHERE c.source_id = OLD.id) THEN
        RAISE EXCEPTION 'source %: the text of a cited source cannot change', OLD.id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER sources_body_is_immutable_once_cited
    BEFORE UPDATE ON sources
    FOR EACH ROW EXECUTE FUNCTION refuse_cited_body_change();

-- The API reads everything and writes nothing.
GRANT USAGE ON SCHEMA public TO events_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO events_readonly;
GRANT EXECUTE ON FUNCTION fold_text(text) TO events_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO events_readonly;
