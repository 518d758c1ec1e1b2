-- The diplomatic tracks the articles report on. Sponsors are added by the article migrations,
-- with the quotes that name them.

INSERT INTO tracks (slug, name, name_variants, description) VALUES
    ('sochi', 'Sochi: Congress of Syrian National Dialogue',
     ARRAY['Congress of Syrian National Dialogue', 'Congress for National Dialogue',
           'Syrian national dialogue congress', 'Sochi conference', 'Sochi talks', 'Sochi forum'],
     'The Russia-hosted congress in the Black Sea resort of Sochi, announced at the Astana talks, first for November 2017 and then held on 29-30 January 2018.'),
    ('geneva', 'Geneva: UN-led Syria peace process',
     ARRAY['Geneva peace process', 'Geneva talks', 'UN-led Geneva process', 'UN-led political process'],
     'The negotiations between the Syrian government and opposition under UN auspices in Geneva, mandated by the UN and led by the UN special envoy for Syria.'),
    ('astana', 'Astana process',
     ARRAY['Astana talks', 'Astana process'],
     'The talks in the Kazakh capital Astana, jointly sponsored by Russia, Iran and Turkey, on cease-fires and de-escalation zones in Syria.');
