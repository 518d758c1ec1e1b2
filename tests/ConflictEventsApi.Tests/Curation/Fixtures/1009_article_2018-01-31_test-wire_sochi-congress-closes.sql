-- An invented article for the curation tests and the walkthrough in docs/curation.md: not news,
-- never in db/migrations. It follows the layout of a real article migration.

INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body, url, text_complete)
VALUES ('test-wire-2018-01-31-sochi-congress-closes', 'test_fixture_sochi_congress_closes.txt',
        'Sochi Congress Closes', 'Test Wire', 'Invented for the tests.', DATE '2018-01-31', 'day', 'Printed: "31 January 2018".',
        $article$Sochi Congress Closes
31 January 2018
The Congress of Syrian National Dialogue closed in Sochi on Tuesday, January 30. The congress’s final statement backed a committee to draft a new constitution. Iran’s delegation said it “welcomed the outcome”.
$article$, NULL, false);

UPDATE events SET status = 'held'
 WHERE id = 'congress-of-syrian-national-dialogue';

INSERT INTO stances (id, actor_id, kind, polarity, target_event_id, stated_on, stated_precision, date_basis, summary)
VALUES ('test-iran-welcomes-congress-outcome', 'iran', 'supports', 1, 'congress-of-syrian-national-dialogue',
        DATE '2018-01-31', 'reported', 'Not stated ("said"); first reported by the test article, published 31 January 2018.',
        'Iran''s delegation welcomed the outcome of the congress.');

INSERT INTO citations (source_id, quote, event_id) VALUES
    ('test-wire-2018-01-31-sochi-congress-closes', 'The Congress of Syrian National Dialogue closed in Sochi on Tuesday, January 30.', 'congress-of-syrian-national-dialogue');
INSERT INTO citations (source_id, quote, stance_id) VALUES
    ('test-wire-2018-01-31-sochi-congress-closes', 'Iran’s delegation said it “welcomed the outcome”', 'test-iran-welcomes-congress-outcome');
