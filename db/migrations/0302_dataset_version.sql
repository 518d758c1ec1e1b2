-- The dataset's version, derived from everything applied rather than from the last script's name
-- (a script that sorts before the latest one would otherwise leave the version unchanged).
-- One row. The migrator writes it at the end of every script, inside the script's transaction
-- (DatabaseMigrator.DatasetVersionSql): a digest of every journaled script's name and SHA-256
-- checksum, in the order applied, so the new data and the new version commit together.
CREATE TABLE dataset_version (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    version     text NOT NULL,
    scripts     integer NOT NULL,
    last_script text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE dataset_version IS
    'One row: a digest (16 hex) of every applied migration''s name and checksum in applied order; written by the migrator in each script''s transaction.';
