/**
 * The result card tells a citizen, in plain Dutch, when the amount rests on a rebuilt table and,
 * where that table is not certain for their income, what the other amount would be.
 */

import { controleerB1 } from '@regelmaat/kernel';
import {
  AANGEPASTE_WONING_NIET_GEMODELLEERD,
  berekenHuishouden,
  normaliseer,
  parseHuishouden,
  WOONLANDFACTOR_KIND_NIET_GEMODELLEERD,
} from '@regelmaat/law';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ToeslagUitkomst, UitlegOpen } from './Uitleg';

function kot(inkomen: number, jaar: number) {
  const p = parseHuishouden({
    berekeningsjaar: jaar,
    aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: inkomen },
    kinderen: [{ geboortedatum: '2018-05-01' }, { geboortedatum: '2023-05-01' }],
    kinderopvang: [
      { kind: 1, soort: 'dagopvang', urenPerMaand: 100, uurprijs: 10.71 },
      { kind: 0, soort: 'buitenschoolse-opvang', urenPerMaand: 60, uurprijs: 9.52 },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return berekenHuishouden(normaliseer(p.huishouden)).toeslagen.find(
    (t) => t.regeling === 'kinderopvangtoeslag',
  )!;
}

const tekst = (r: ReturnType<typeof kot>) =>
  renderToStaticMarkup(<ToeslagUitkomst resultaat={r} />).replace(/\u00a0/g, ' ');

describe('kinderopvangtoeslag 2025 on the result card', () => {
  it('says the table is rebuilt, and gives both amounts where the income falls in an uncertain row', () => {
    const html = tekst(kot(53_000, 2025));
    expect(html).toContain('De officiële tabel voor 2025 konden wij niet lezen.');
    expect(html).toContain(
      'Wij rekenen met € 1.536 per maand. Met het andere mogelijke percentage is het € 1.545.',
    );
  });

  it('says only that the table is rebuilt where the income is not in an uncertain row', () => {
    const html = tekst(kot(60_000, 2025));
    expect(html).toContain('nagebouwd uit andere openbare bronnen');
    expect(html).not.toContain('andere mogelijke percentage');
  });

  it('writes those notes, and the refusals of rules not modelled, at B1 level', () => {
    const notes = Object.fromEntries((kot(53_000, 2025).opmerkingen ?? []).map((o) => [o.code, o.tekst]));
    expect(Object.keys(notes)).toEqual(['TABEL_NAGEBOUWD', 'TABEL_ONZEKER']);
    expect(controleerB1(notes)).toEqual([]);
    expect(
      controleerB1({
        aangepasteWoning: AANGEPASTE_WONING_NIET_GEMODELLEERD,
        woonland: WOONLANDFACTOR_KIND_NIET_GEMODELLEERD,
      }),
    ).toEqual([]);
  });

  it('says the same on the page of one stored decision', () => {
    const html = renderToStaticMarkup(<UitlegOpen resultaat={kot(53_000, 2025)} />).replace(/\u00a0/g, ' ');
    expect(html).toContain('De officiële tabel voor 2025 konden wij niet lezen.');
    expect(html).toContain('Met het andere mogelijke percentage is het € 1.545.');
  });

  it('says nothing of the kind for 2026, whose table is the published one', () => {
    const html = tekst(kot(53_000, 2026));
    expect(html).not.toContain('nagebouwd');
    expect(html).not.toContain('andere mogelijke percentage');
  });
});
