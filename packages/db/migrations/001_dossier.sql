-- Dossier (C2): households and every fact about them, with the period it is valid (civil dates),
-- its source, and when it was recorded and when it stopped being the known truth. A month can be
-- recomputed as it was known at any moment T: facts with geregistreerd_op <= T and
-- (vervallen_op IS NULL OR vervallen_op > T).
-- There is no column for nationality, ethnicity, names or any proxy of them, by design.

CREATE TABLE huishouden (
  id            bigint PRIMARY KEY,
  bsn_aanvrager text NOT NULL UNIQUE CHECK (bsn_aanvrager ~ '^[0-9]{9}$'),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feit (
  id               bigserial PRIMARY KEY,
  -- No foreign key on purpose: checking it row by row halves bulk-load speed (measured: 1M rows
  -- 11.5 s with, 5.9 s without, on the 2-core build machine). Households and their facts are
  -- always written in one transaction by the same code (feiten-schrijven.ts).
  huishouden_id    bigint NOT NULL,
  -- persoon (rol, geboortedatum), inkomen_schatting, inkomen_definitief, vermogen, zorgverzekering,
  -- verblijf, arbeid, adres, huur, kinderopvang, opvanguren_aanbieder, vorig_inkomen
  soort            text NOT NULL CHECK (soort IN (
                     'persoon', 'inkomen_schatting', 'inkomen_definitief', 'vermogen', 'zorgverzekering',
                     'verblijf', 'arbeid', 'adres', 'huur', 'kinderopvang', 'opvanguren_aanbieder', 'vorig_inkomen')),
  persoon_bsn      text CHECK (persoon_bsn ~ '^[0-9]{9}$'),
  waarde           jsonb NOT NULL,
  geldig_vanaf     date,
  geldig_tot       date,
  bron             text NOT NULL CHECK (bron IN ('burger', 'brp', 'belastingdienst', 'aanbieder', 'verhuurder', 'zorgverzekeraar', 'behandelaar')),
  geregistreerd_op timestamptz NOT NULL,
  vervallen_op     timestamptz,
  CHECK (geldig_tot IS NULL OR geldig_vanaf IS NULL OR geldig_tot > geldig_vanaf),
  CHECK (vervallen_op IS NULL OR vervallen_op >= geregistreerd_op)
);
CREATE INDEX feit_huishouden ON feit (huishouden_id);
