-- Which synthetic population a database holds: loading more households of another seed or year
-- into it would mix two populations, so the loader refuses that.
CREATE TABLE populatie (
  id      integer PRIMARY KEY CHECK (id = 1),
  seed    integer NOT NULL,
  jaar    integer NOT NULL
);
