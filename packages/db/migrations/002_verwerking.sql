-- The yearly cycle as batch runs (C3) and early exception detection (C4).

-- A run: the advance (voorschot) for a year, a monthly payment, or the definitive calculation.
CREATE TABLE run (
  id              bigserial PRIMARY KEY,
  soort           text NOT NULL CHECK (soort IN ('voorschot', 'betaling', 'definitief')),
  jaar            integer NOT NULL,
  maand           integer NOT NULL DEFAULT 0 CHECK (maand BETWEEN 0 AND 12), -- betaling: 1-12; else 0
  bekend_op       timestamptz NOT NULL,   -- facts as known at this moment
  status          text NOT NULL DEFAULT 'bezig' CHECK (status IN ('bezig', 'klaar')),
  engine_versie   text NOT NULL,
  parameter_versie text NOT NULL,
  partitiegrootte integer NOT NULL,
  aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
  klaar_op        timestamptz,
  rapport         jsonb,
  UNIQUE (soort, jaar, maand)
);

-- Work units that worker processes lease with FOR UPDATE SKIP LOCKED.
CREATE TABLE run_partitie (
  run_id     bigint NOT NULL REFERENCES run (id),
  nr         integer NOT NULL,
  van_id     bigint NOT NULL,   -- households van_id <= id < tot_id
  tot_id     bigint NOT NULL,
  status     text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'bezig', 'klaar')),
  worker     text,
  lease_tot  timestamptz,
  pogingen   integer NOT NULL DEFAULT 0,
  huishoudens integer,
  duur_ms    integer,
  klaar_op   timestamptz,
  PRIMARY KEY (run_id, nr)
);
CREATE INDEX run_partitie_open ON run_partitie (run_id, status);

-- A decision per household, toeslag and year. The engine and parameter versions and the hash of
-- the input snapshot make it reproducible from the dossier as it was known at bekend_op.
CREATE TABLE beschikking (
  id               bigserial PRIMARY KEY,
  run_id           bigint NOT NULL REFERENCES run (id),
  huishouden_id    bigint NOT NULL REFERENCES huishouden (id),
  regeling         text NOT NULL CHECK (regeling IN ('zorgtoeslag', 'huurtoeslag', 'kindgebonden_budget', 'kinderopvangtoeslag')),
  jaar             integer NOT NULL,
  soort            text NOT NULL CHECK (soort IN ('voorschot', 'definitief')),
  status           text NOT NULL CHECK (status IN ('vastgesteld', 'aangehouden', 'niet-berekenbaar')),
  jaarbedrag       integer NOT NULL,          -- eurocents
  maandbedragen    integer[] NOT NULL,        -- eurocents, januari..december
  engine_versie    text NOT NULL,
  parameter_versie text NOT NULL,
  invoer_hash      text NOT NULL,
  bekend_op        timestamptz NOT NULL,
  aangemaakt_op    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (run_id, huishouden_id, regeling)
);
CREATE INDEX beschikking_huishouden ON beschikking (huishouden_id, jaar, regeling);

-- Settlement of the definitive calculation against the advances (Awir art. 24, 26, 26a).
CREATE TABLE vereffening (
  beschikking_id      bigint PRIMARY KEY REFERENCES beschikking (id),
  voorschot_totaal    integer NOT NULL,   -- advances for the year (eurocents)
  definitief          integer NOT NULL,
  verschil            integer NOT NULL,   -- definitief − voorschot_totaal
  uitkomst            text NOT NULL CHECK (uitkomst IN ('nabetaling', 'terugvordering', 'geen', 'niet-ingevorderd')),
  te_betalen          integer NOT NULL,   -- nabetaling (eurocents)
  terug_te_vorderen   integer NOT NULL    -- terugvordering actually collected (eurocents)
);

-- Payments per month (the monthly payment run): one per household, toeslag and month.
CREATE TABLE betaling (
  run_id         bigint NOT NULL REFERENCES run (id),
  huishouden_id  bigint NOT NULL REFERENCES huishouden (id),
  regeling       text NOT NULL,
  jaar           integer NOT NULL,
  maand          integer NOT NULL CHECK (maand BETWEEN 1 AND 12),
  beschikking_id bigint NOT NULL REFERENCES beschikking (id),
  bedrag         integer NOT NULL,
  PRIMARY KEY (huishouden_id, regeling, jaar, maand)
);

-- Cases opened by exception rules (uitval) before a decision goes out.
CREATE TABLE zaak (
  id            bigserial PRIMARY KEY,
  huishouden_id bigint NOT NULL REFERENCES huishouden (id),
  run_id        bigint NOT NULL REFERENCES run (id),
  soort         text NOT NULL DEFAULT 'uitval-controle',
  redenen       text[] NOT NULL,
  toelichting   jsonb NOT NULL,
  prioriteit    integer NOT NULL CHECK (prioriteit BETWEEN 1 AND 4),
  status        text NOT NULL DEFAULT 'open',
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (run_id, huishouden_id)
);
