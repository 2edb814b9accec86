-- Money in the dossier in eurocents (issue 12, item 4). Facts held euro amounts as the household
-- input writes them (`{"bedrag": 34000.5}`); everything else in Regelmaat counts in whole eurocents,
-- so every reader converted again. From here on a fact's money is eurocents (`{"bedrag": 3400050}`),
-- converted once where euros come in (`feitenUitAanvraag`, the change service).
--
-- The amounts per soort: `bedrag` of inkomen_schatting, inkomen_definitief, vermogen and
-- vorig_inkomen; `kaleHuur` and `servicekosten` of huur; `uurprijs` of kinderopvang. Only JSON
-- numbers are converted, exactly (numeric × 100, no rounding): a stored value with a third decimal
-- stays a fraction of a cent, which the dossier reports as the same input problem as before
-- ("mag hoogstens twee cijfers achter de komma hebben"); a value that is no number stays as it is.
-- Facts are never rewritten otherwise; this changes the unit, not what is known or when.
UPDATE feit
   SET waarde = jsonb_set(waarde::jsonb, '{bedrag}',
                          to_jsonb(trim_scale((waarde->>'bedrag')::numeric * 100)))::json
 WHERE soort IN ('inkomen_schatting', 'inkomen_definitief', 'vermogen', 'vorig_inkomen')
   AND json_typeof(waarde->'bedrag') = 'number';

UPDATE feit
   SET waarde = jsonb_set(waarde::jsonb, '{kaleHuur}',
                          to_jsonb(trim_scale((waarde->>'kaleHuur')::numeric * 100)))::json
 WHERE soort = 'huur' AND json_typeof(waarde->'kaleHuur') = 'number';

UPDATE feit
   SET waarde = jsonb_set(waarde::jsonb, '{servicekosten}',
                          to_jsonb(trim_scale((waarde->>'servicekosten')::numeric * 100)))::json
 WHERE soort = 'huur' AND json_typeof(waarde->'servicekosten') = 'number';

UPDATE feit
   SET waarde = jsonb_set(waarde::jsonb, '{uurprijs}',
                          to_jsonb(trim_scale((waarde->>'uurprijs')::numeric * 100)))::json
 WHERE soort = 'kinderopvang' AND json_typeof(waarde->'uurprijs') = 'number';
