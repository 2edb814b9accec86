-- Kinderopvangtoeslag on a reconstructed table (issue 11): where a household's amount depends on a
-- value of the reconstructed 2025 bijlage I that is not certain, the batch run opens a case of this
-- type (uitval rule KOT_TABEL_ONZEKER) carrying both possible amounts in its toelichting, instead of
-- paying one silently. Team uitval, which has demo staff. Mirrors ZAAKTYPEN in
-- packages/zaken/src/zaaktypen.ts (a test keeps them equal).
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES
  ('kot-tabel-onzeker', 'Kinderopvangtoeslag met een onzekere tabelwaarde', 14, 'uitval');
ALTER TABLE zaak DROP CONSTRAINT zaak_soort;
ALTER TABLE zaak ADD CONSTRAINT zaak_soort CHECK (soort IN (
  'uitval-controle', 'maatwerk-verzoek', 'hoorzitting-terugvordering', 'contactverzoek', 'partner-verificatie',
  'partner-conflict', 'kot-tabel-onzeker'));
