/**
 * A life-event message says only what its values make true: amounts per month when the engine
 * found a difference, that nothing changes only when it computed that, and that it cannot say yet
 * when the event lies in a year without law values (never "nothing changes" then).
 */
import type { BerichtInLijst } from '@regelmaat/diensten';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PaginaContext } from '../components/Layout';
import { LevensgebeurtenisTekst } from './Levensgebeurtenis';

const ctx = { csrf: 'x' } as PaginaContext;
const tekst = (gegevens: Record<string, unknown>) =>
  renderToStaticMarkup(
    <LevensgebeurtenisTekst
      ctx={ctx}
      bericht={
        {
          id: 1,
          soort: 'levensgebeurtenis',
          gegevens,
          verzondenOp: '2026-12-04T10:00:00Z',
          gelezen: false,
        } as BerichtInLijst
      }
    />,
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\u00a0/g, ' ')
    .trim();

const basis = { gebeurtenis: 'kind-4', datum: '2027-01-15', geboortedatum: '2023-01-15', maanden: [] };

describe('a life-event message', () => {
  it('in a year without law values: says it cannot compute yet, never that nothing changes', () => {
    const t = tekst({ ...basis, berekend: false, nietBerekend: 'jaar' });
    expect(t).toContain('Uw kind dat geboren is op 15 januari 2023, wordt op 15 januari 2027 4 jaar.');
    expect(t).toContain('Wij kunnen nog niet uitrekenen wat dit betekent voor uw toeslag in 2027.');
    expect(t).not.toContain('verandert uw toeslag hierdoor niet');
  });

  it('a dossier the engine cannot read with the change: cannot compute now, no year blamed', () => {
    const t = tekst({ ...basis, datum: '2026-05-01', berekend: false, nietBerekend: 'dossier' });
    expect(t).toContain('Wij kunnen nu niet uitrekenen wat dit betekent voor uw toeslag.');
    expect(t).not.toContain('nog niet bekend');
  });

  it('computed and no difference: nothing changes', () => {
    expect(tekst({ ...basis, datum: '2026-05-01', berekend: true })).toContain(
      'Volgens onze berekening verandert uw toeslag hierdoor niet.',
    );
  });

  it('a month amount that changes: before and after, already in the advance', () => {
    const t = tekst({
      ...basis,
      gebeurtenis: 'kind-12',
      datum: '2026-05-10',
      geboortedatum: '2014-05-10',
      berekend: true,
      maanden: [
        {
          regeling: 'kindgebonden_budget',
          naam: 'Kindgebonden budget',
          voor: { jaar: 2026, maand: 4, bedrag: 21_500 },
          na: { jaar: 2026, maand: 6, bedrag: 27_533 },
        },
      ],
    });
    expect(t).toContain('In april 2026 krijgt u € 215 per maand. In juni 2026 wordt dat € 275,33 per maand.');
    expect(t).toContain('Dit zit al in uw voorschot.');
    expect(t).not.toContain('verandert uw toeslag hierdoor niet');
  });

  const kot = (extra: Record<string, unknown>) => ({
    regeling: 'kinderopvangtoeslag',
    naam: 'Kinderopvangtoeslag',
    jaarbedragNu: 1_200_000,
    voorkomenTerugvordering: 0,
    terugvorderingNaJaar: 0,
    extra: 0,
    maatwerk: false,
    ...extra,
  });
  const metEffect = (e: Record<string, unknown>) =>
    tekst({
      ...basis,
      datum: '2026-05-01',
      opvang: 'dagopvang',
      berekend: true,
      wijziging: { soort: 'kinderopvang' },
      effecten: [kot(e)],
      doelmatigheidsgrens: 12_100,
    });

  it('a rounding remainder is not "more money": it says the change is less than € 12', () => {
    const t = metEffect({
      jaarbedragNieuw: 1_200_400,
      extra: 400,
      volgendeMaand: { maand: 5, nu: 100_000, nieuw: 100_100 },
    });
    expect(t).not.toContain('meer per jaar');
    expect(t).toContain('Het bedrag voor het hele jaar verandert dan met minder dan € 12.');
    expect(t).not.toContain('minder terug te betalen');
  });

  it('in December no month is left: no recovery avoided, the recovery after the year is said', () => {
    const t = metEffect({
      jaarbedragNieuw: 600_000,
      voorkomenTerugvordering: 0,
      terugvorderingNaJaar: 600_000,
    });
    expect(t).toContain('U moet na het jaar dan waarschijnlijk € 6.000 terugbetalen.');
    expect(t).not.toContain('minder terug te betalen');
    expect(t).not.toContain('voorkomt');
  });

  it('with a month left the avoided recovery is said, and the advice says reporting in time helps', () => {
    const t = metEffect({
      jaarbedragNieuw: 600_000,
      voorkomenTerugvordering: 480_000,
      terugvorderingNaJaar: 120_000,
      volgendeMaand: { maand: 5, nu: 100_000, nieuw: 20_000 },
    });
    expect(t).toContain('Geeft u dit op tijd door? Dan hoeft u na het jaar € 4.800 minder terug te betalen.');
    expect(t).toContain(
      'Geef de wijziging dan op tijd door. Dan hoeft u na het jaar minder terug te betalen.',
    );
    expect(t).toContain('Vanaf mei krijgt u dan € 200 per maand.');
  });

  it('a recovery at or below the limit is said as not recovered', () => {
    const t = metEffect({ jaarbedragNieuw: 1_190_000, terugvorderingNaJaar: 10_000 });
    expect(t).toContain('U krijgt dan dit jaar € 100,00 te veel. Dat is niet meer dan € 121,00.');
    expect(t).not.toContain('waarschijnlijk');
  });
});
