-- Partner feeds, continued (issue 16): housing corporations report rent changes for their own
-- tenants (one at a time, and the yearly 1 July increase as a batch), health insurers report the
-- start and end of insurance of their own insured. Owned by @regelmaat/partner-opslag.
--
-- 1. Who rents to whom and who insures whom is server-owned data (`huurcontract`, `verzekerde`),
--    never a field of a report: a partner may report only on these. The row also holds when the
--    newest accepted report was drawn up: an older report is not applied. Reports on one link are
--    serialised by locking its row.
-- 2. Every report received, once per (partner, report id) (`partner_wijziging`): a replay changes
--    nothing; `inhoud` is a hash of what was reported, so the same id with other content is refused.

CREATE TABLE huurcontract (
  client_id             text NOT NULL REFERENCES partner_client (client_id),
  huishouden_id         bigint NOT NULL REFERENCES huishouden (id),
  sinds                 timestamptz NOT NULL,
  nieuwste_opgesteld_op timestamptz,
  PRIMARY KEY (client_id, huishouden_id)
);
CREATE INDEX huurcontract_huishouden ON huurcontract (huishouden_id);

CREATE TABLE verzekerde (
  client_id             text NOT NULL REFERENCES partner_client (client_id),
  bsn                   text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
  sinds                 timestamptz NOT NULL,
  nieuwste_opgesteld_op timestamptz,
  PRIMARY KEY (client_id, bsn)
);
CREATE INDEX verzekerde_bsn ON verzekerde (bsn);

CREATE TABLE partner_wijziging (
  id            bigserial PRIMARY KEY,
  client_id     text NOT NULL REFERENCES partner_client (client_id),
  melding_id    text NOT NULL CHECK (length(melding_id) BETWEEN 1 AND 100),
  soort         text NOT NULL CHECK (soort IN ('huur', 'verzekering')),
  -- The household the report is about; null for an insured person no household in the dossier
  -- holds (nobody applied).
  huishouden_id bigint REFERENCES huishouden (id),
  -- The insured person (verzekering); null for rent (about the household).
  persoon_bsn   text CHECK (persoon_bsn ~ '^[0-9]{9}$'),
  -- The report's period: the first day the new rent applies, or the day insurance starts / ends.
  datum         date NOT NULL,
  -- What was reported (rent: eurocents; insurance: begin or einde).
  waarde        jsonb NOT NULL CHECK (jsonb_typeof(waarde) = 'object'),
  opgesteld_op  timestamptz NOT NULL,
  ontvangen_op  timestamptz NOT NULL,
  inhoud        text NOT NULL CHECK (length(inhoud) = 64),
  uitkomst      text NOT NULL CHECK (uitkomst IN
                  ('verwerkt', 'al-bekend', 'verouderd', 'afwijking', 'herberekend', 'geen-aanvraag', 'in-behandeling')),
  zaak_id       bigint REFERENCES zaak (id),
  CHECK ((soort = 'verzekering') = (persoon_bsn IS NOT NULL)),
  CHECK ((uitkomst IN ('afwijking', 'in-behandeling')) = (zaak_id IS NOT NULL)),
  UNIQUE (client_id, melding_id)
);
CREATE INDEX partner_wijziging_huishouden ON partner_wijziging (huishouden_id);

-- The case type for a partner's report that contradicts what the citizen said (rent), or that the
-- engine cannot apply by itself (insurance that starts or ends within the year); mirrors ZAAKTYPEN
-- in packages/zaken/src/zaaktypen.ts (a test keeps them equal).
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES
  ('partner-afwijking', 'Melding van een verhuurder of zorgverzekeraar wijkt af of vraagt een beoordeling', 14, 'uitval');
-- The allowed case types are exactly the rows of `zaaktype` (rebuilt from the table, so the order in
-- which migrations of parallel work add types does not matter).
DO $$
DECLARE lijst text;
BEGIN
  SELECT string_agg(quote_literal(id), ', ' ORDER BY id) INTO lijst FROM zaaktype;
  ALTER TABLE zaak DROP CONSTRAINT zaak_soort;
  EXECUTE format('ALTER TABLE zaak ADD CONSTRAINT zaak_soort CHECK (soort IN (%s))', lijst);
END
$$;
