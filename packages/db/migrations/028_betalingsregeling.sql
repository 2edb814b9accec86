-- Payment plans (betalingsregelingen) for a recovery (issue 15), owned by @regelmaat/invordering.
--
-- A person with a recovery (vordering, migration 023) may agree a plan instead of paying within six
-- weeks (Awir art. 31; agency practice):
--   * `standaard`: equal monthly terms over at most 24 months, at least € 20 a month;
--   * `persoonlijk`: the capacity to pay per month (computed from the income and fixed costs the
--     person or a case worker entered, kept in `draagkracht`), for 24 months; what is still open
--     after that is not remitted (art. 31bis) but no collection measures follow.
-- One plan per recovery (a second agreement is refused by the unique key, so a rerun doubles
-- nothing). Append-only like the ledger: payments on the plan are `boeking` rows; the plan row is the
-- agreement as made, with the schedule's figures and the moment and actor that agreed it.

CREATE TABLE betalingsregeling (
  id              bigserial PRIMARY KEY,
  vordering_id    bigint NOT NULL UNIQUE REFERENCES vordering (id),
  huishouden_id   bigint NOT NULL,
  soort           text NOT NULL CHECK (soort IN ('standaard', 'persoonlijk')),
  schuld          integer NOT NULL CHECK (schuld > 0),                 -- balance when agreed (eurocents)
  maandbedrag     integer NOT NULL CHECK (maandbedrag >= 0),           -- eurocents
  termijnen       integer NOT NULL CHECK (termijnen BETWEEN 0 AND 24),
  eerste_termijn  date NOT NULL CHECK (extract(day FROM eerste_termijn) = 1),
  rest            integer NOT NULL CHECK (rest >= 0 AND rest <= schuld), -- open after the last term
  CHECK (soort = 'persoonlijk' OR (termijnen >= 2 AND rest = 0 AND maandbedrag >= 2000)),
  CHECK (maandbedrag::bigint * termijnen >= schuld - rest),
  -- Income and fixed costs as entered for a personal plan (eurocents per month, leefsituatie).
  draagkracht     jsonb CHECK ((soort = 'persoonlijk') = (draagkracht IS NOT NULL)),
  aangegaan_op    timestamptz NOT NULL,
  -- 'burger' or the staff account that entered it on the person's behalf.
  aangegaan_door  text NOT NULL CHECK (length(aangegaan_door) BETWEEN 1 AND 100)
);
CREATE INDEX betalingsregeling_huishouden ON betalingsregeling (huishouden_id);

CREATE TRIGGER betalingsregeling_alleen_toevoegen BEFORE UPDATE OR DELETE ON betalingsregeling
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();
