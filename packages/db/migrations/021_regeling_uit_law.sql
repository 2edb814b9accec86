-- One list of regelingen (issue 12, item 5): the regelingen are declared once, in @regelmaat/law
-- (packages/law/src/regelingen.ts). Migrations 002 and 007 repeated that list in three CHECKs, so a
-- new regeling needed a migration as well as its folder. The owning packages check a regeling
-- against the law's list before they write it (beschikking writes the ids of the list it
-- computed; zaken refuses an id outside it, isRegelingId), so the database keeps only the form of
-- an id: lower case letters, digits and _, as laadWetgeving requires.
ALTER TABLE beschikking DROP CONSTRAINT beschikking_regeling_check;
ALTER TABLE beschikking ADD CONSTRAINT beschikking_regeling_check CHECK (regeling ~ '^[a-z][a-z0-9_]*$');
ALTER TABLE zaak DROP CONSTRAINT zaak_regeling_check;
ALTER TABLE zaak ADD CONSTRAINT zaak_regeling_check CHECK (regeling ~ '^[a-z][a-z0-9_]*$');
ALTER TABLE maatwerkbesluit DROP CONSTRAINT maatwerkbesluit_regeling_check;
ALTER TABLE maatwerkbesluit ADD CONSTRAINT maatwerkbesluit_regeling_check CHECK (regeling ~ '^[a-z][a-z0-9_]*$');
