/** Parameters of the Wet kinderopvang and Besluit kinderopvangtoeslag (see parameters.yaml beside this file). */
import { euro, Invalid, number, optional, table } from '@regelmaat/engine';
import { percentToPpm } from '@regelmaat/kernel';

/** One row of bijlage I: joint income from–to (eurocents, `to` null = no limit), percentages in ppm. */
export interface KotRij {
  readonly van: number;
  readonly tot: number | null;
  readonly eersteKind: number;
  readonly volgendeKinderen: number;
}

function rows(raw: unknown): KotRij[] | Invalid {
  if (!Array.isArray(raw) || raw.length === 0) return new Invalid('');
  const out: KotRij[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (!Array.isArray(r) || r.length !== 4) return new Invalid(`[${i}]`);
    const [van, tot, p1, p2] = r;
    if (typeof van !== 'number' || !Number.isInteger(van)) return new Invalid(`[${i}][0]`);
    if (tot !== null && (typeof tot !== 'number' || !Number.isInteger(tot) || tot < van))
      return new Invalid(`[${i}][1]`);
    if (typeof p1 !== 'number' || p1 < 0 || p1 > 100) return new Invalid(`[${i}][2]`);
    if (typeof p2 !== 'number' || p2 < 0 || p2 > 100) return new Invalid(`[${i}][3]`);
    const prev = out[out.length - 1];
    if (prev && (prev.tot === null || van !== prev.tot / 100 + 1)) return new Invalid(`[${i}][0]`);
    if (i === raw.length - 1 && tot !== null) return new Invalid(`[${i}][1]`);
    out.push({
      van: van * 100,
      tot: tot === null ? null : tot * 100,
      eersteKind: percentToPpm(p1),
      volgendeKinderen: percentToPpm(p2),
    });
  }
  return out;
}

/**
 * Incomes for which a reconstructed table is uncertain, each with the percentages the primary text
 * may give there instead: [from, to] inclusive in whole euros, ascending, not overlapping. Empty
 * when the table is the published one.
 */
function onzeker(raw: unknown): KotRij[] | Invalid {
  if (!Array.isArray(raw)) return new Invalid('');
  const out: KotRij[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (!Array.isArray(r) || r.length !== 4) return new Invalid(`[${i}]`);
    const [van, tot, p1, p2] = r;
    if (typeof van !== 'number' || !Number.isInteger(van) || van < 0) return new Invalid(`[${i}][0]`);
    const prev = out[out.length - 1];
    if (prev && van * 100 <= prev.tot!) return new Invalid(`[${i}][0]`);
    if (typeof tot !== 'number' || !Number.isInteger(tot) || tot < van) return new Invalid(`[${i}][1]`);
    if (typeof p1 !== 'number' || p1 < 0 || p1 > 100) return new Invalid(`[${i}][2]`);
    if (typeof p2 !== 'number' || p2 < 0 || p2 > 100) return new Invalid(`[${i}][3]`);
    out.push({
      van: van * 100,
      tot: tot * 100,
      eersteKind: percentToPpm(p1),
      volgendeKinderen: percentToPpm(p2),
    });
  }
  return out;
}

export const KINDEROPVANGTOESLAG_SPEC = {
  maximum_uurprijs_dagopvang: euro(),
  maximum_uurprijs_buitenschoolse_opvang: euro(),
  maximum_uurprijs_gastouderopvang: euro(),
  maximum_uren_per_maand: number({ integer: true, min: 1, max: 744 }),
  percentagetabel: optional(
    table<KotRij[]>(
      'a list of rows [from, to, % first child, % next children] in whole euros, each row starting one euro above the previous, the last row open (to: null)',
      rows,
    ),
  ),
  percentagetabel_onzeker: optional(
    table<KotRij[]>(
      'a list (may be empty) of rows [from, to, % first child, % next children] in whole euros, ascending and not overlapping',
      onzeker,
    ),
  ),
};
