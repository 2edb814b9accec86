-- Life events (issue 16, C8): contact before a change, so that people report in time and no
-- recovery follows. A detection run (one per peildatum, resumable) walks the households in
-- partitions of ascending id and records each event one to two months ahead once (`sleutel`), with
-- the portal message it sent and, for a household with hardship indicators, the call task (a
-- `contactverzoek` case, team klantcontact). The citizen's answer ("klopt" or a reported change) is
-- recorded once on the event. Owned by @regelmaat/diensten.
CREATE TABLE levensgebeurtenis_run (
  id                bigserial PRIMARY KEY,
  peildatum         date NOT NULL UNIQUE,
  partitiegrootte   integer NOT NULL CHECK (partitiegrootte > 0),
  gestart_op        timestamptz NOT NULL,
  -- The highest household id whose partition is committed: a resumed run continues after it.
  verwerkt_tot_id   bigint NOT NULL DEFAULT 0,
  huishoudens       integer NOT NULL DEFAULT 0 CHECK (huishoudens >= 0),
  klaar_op          timestamptz CHECK (klaar_op >= gestart_op)
);

CREATE TABLE levensgebeurtenis (
  id             bigserial PRIMARY KEY,
  run_id         bigint NOT NULL REFERENCES levensgebeurtenis_run (id),
  huishouden_id  bigint NOT NULL REFERENCES huishouden (id),
  soort          text NOT NULL CHECK (soort IN ('kind-4', 'kind-12', 'kind-16', 'kind-18', 'opvang-einde',
                   'huur-einde', 'aow', 'partner-in', 'partner-uit', 'inkomen-wijziging')),
  datum          date NOT NULL,
  sleutel        text NOT NULL UNIQUE CHECK (length(sleutel) BETWEEN 1 AND 200),
  bericht_id     bigint REFERENCES bericht (id),
  zaak_id        bigint REFERENCES zaak (id),
  reactie        text CHECK (reactie IN ('klopt', 'wijziging')),
  gereageerd_op  timestamptz,
  CHECK ((reactie IS NULL) = (gereageerd_op IS NULL))
);
CREATE INDEX levensgebeurtenis_per_run ON levensgebeurtenis (run_id, soort);
CREATE INDEX levensgebeurtenis_huishouden ON levensgebeurtenis (huishouden_id);
