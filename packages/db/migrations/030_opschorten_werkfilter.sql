-- Issue 17, the workspace: a case can be suspended (opgeschort) with a reason and a date, and a
-- staff member's queue filter is kept on the server.
--
-- Suspension follows Awb article 4:15 lid 1 sub a: the decision period is suspended from the
-- request for information until the day it is supplied (or the period given has passed). The case
-- worker names the day until which the case waits; the due date (termijn) moves by the days from
-- the suspension until that day. Resuming early gives back the days not used. Only an open case in
-- treatment can be suspended; the history records both steps with who, when, why and the dates.
ALTER TABLE zaak
  ADD COLUMN opgeschort_tot  date,
  ADD COLUMN opschort_reden  text,
  -- The date the case was suspended: resuming early gives back the days from then on not used.
  ADD COLUMN opgeschort_op   date,
  ADD CONSTRAINT zaak_opschorting CHECK (
    (opgeschort_tot IS NULL) = (opschort_reden IS NULL)
    AND (opgeschort_tot IS NULL) = (opgeschort_op IS NULL)
    AND (opgeschort_tot IS NULL OR opgeschort_tot > opgeschort_op)),
  ADD CONSTRAINT zaak_opschort_reden CHECK (opschort_reden IS NULL OR length(opschort_reden) BETWEEN 5 AND 500);

-- The queue filter a staff member last chose (one row per staff member, overwritten). The staff id
-- comes from the session; no foreign key, so a preference never blocks an account's removal.
CREATE TABLE werkfilter (
  medewerker     text PRIMARY KEY,
  soort          text REFERENCES zaaktype (id),
  bijgewerkt_op  timestamptz NOT NULL
);

-- Signals (C7): the policy owner's answer can name the simulation scenario (a reform of package
-- simulatie, run at /v1/simulaties) that works out the proposed change: a link by its name or id.
ALTER TABLE signaal
  ADD COLUMN scenario text,
  ADD CONSTRAINT signaal_scenario CHECK (scenario IS NULL OR scenario ~ '^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$');
