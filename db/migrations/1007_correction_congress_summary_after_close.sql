-- The congress's summary still ended at its opening day (0105); 1002-1006 report how it ended.
-- Only the summary changes: every fact it names is a row with its own citations (the final
-- statement, the committee decision, the attendance and committee claims, the walk-out).

UPDATE events
   SET summary = summary || ' It closed on 30 January 2018 (1002-1004) with a final statement of principles '
       || '(sochi-congress-final-statement) and a decision to form a constitutional committee under the UN in Geneva '
       || '(sochi-constitutional-committee-decision); attendance and the committee''s make-up are claims the sources '
       || 'state differently, and an opposition delegation from Ankara withdrew at the airport (1004).'
 WHERE id = 'congress-of-syrian-national-dialogue'
   AND summary NOT LIKE '%It closed on 30 January 2018%';
