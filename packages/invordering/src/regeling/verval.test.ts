import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusMaanden, standaardRegeling } from './regeling';
import { standVan } from './stand';
import { type OpenHerinnering, VERVAL, type VervalFeiten, vervalVoor } from './verval';

const plan = { schuld: 120_000, maandbedrag: 5_000, termijnen: 24, eersteTermijn: '2027-02-01', rest: 0 };
const feiten = (betaaldSinds: number, peildag: string, extra: Partial<VervalFeiten> = {}): VervalFeiten => ({
  stand: standVan({ ...plan, betaaldSinds }, peildag),
  betaaldSinds,
  maandbedrag: plan.maandbedrag,
  metBegeleider: false,
  herinnering: undefined,
  peildag,
  ...extra,
});

const plusDagen = (datum: string, dagen: number) => {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
};

describe('a plan that lapses', () => {
  it('on schedule: nothing; one term missed: a reminder naming what is due', () => {
    expect(vervalVoor(feiten(5_000, '2027-03-01'))).toEqual({ stap: 'niets', reden: 'op-schema' });
    expect(vervalVoor(feiten(0, '2027-03-01'))).toEqual({ stap: 'herinnering', verschuldigd: 5_000 });
  });
  it('the reminder’s term runs: wait; passed and still unpaid: the plan lapses; paid: it goes on', () => {
    const herinnering: OpenHerinnering = { verschuldigd: 5_000, nieuweTermijn: '2027-03-17' };
    expect(vervalVoor(feiten(0, '2027-03-15', { herinnering }))).toEqual({
      stap: 'niets',
      reden: 'termijn-herinnering-loopt',
    });
    expect(vervalVoor(feiten(2_000, '2027-04-01', { herinnering }))).toEqual({
      stap: 'vervalt',
      gemist: 3_000,
    });
    // The missed term was paid, but April's term was not: a new reminder, not a lapse.
    expect(vervalVoor(feiten(5_000, '2027-04-01', { herinnering }))).toEqual({
      stap: 'herinnering',
      verschuldigd: 10_000,
    });
  });
  it('with a personal guide: never a lapse, whatever was missed; the guide gets a task', () => {
    const herinnering: OpenHerinnering = { verschuldigd: 5_000, nieuweTermijn: '2027-03-17' };
    expect(vervalVoor(feiten(0, '2027-06-01', { herinnering, metBegeleider: true }))).toEqual({
      stap: 'begeleider',
      verschuldigd: 20_000,
    });
  });
  it('the number of terms and the notice are cited and marked as needing confirmation', () => {
    expect(VERVAL).toMatchObject({ gemisteTermijnen: 1, termijnDagen: 14, teBevestigen: true });
    expect(VERVAL.bron).toContain('899');
  });

  it('month by month: the schedule adds up, a lapse only after an unanswered reminder, never with a guide (property)', () => {
    const tel = { vervallen: 0, begeleidAchter: 0, herinneringBetaald: 0 };
    const gedrag = fc.constantFrom('betaalt', 'niets', 'half', 'dubbel', 'inhalen');
    fc.assert(
      fc.property(
        fc.integer({ min: 48_001, max: 2_000_000 }),
        fc.boolean(),
        fc.array(gedrag, { minLength: 6, maxLength: 26 }),
        (schuld, metBegeleider, maanden) => {
          const v = standaardRegeling(schuld, '2027-02')!;
          const som = v.termijnen.reduce((s, t) => s + t.bedrag, 0) + v.rest;
          expect(som).toBe(schuld);
          const p = {
            schuld,
            maandbedrag: v.maandbedrag,
            termijnen: v.termijnen.length,
            eersteTermijn: '2027-02-01',
            rest: v.rest,
          };
          let betaald = 0;
          let herinnering: OpenHerinnering | undefined;
          for (let i = 0; i < maanden.length; i++) {
            const maand = plusMaanden('2027-02', i);
            const g = maanden[i]!;
            const voor = standVan({ ...p, betaaldSinds: betaald }, `${maand}-01`);
            const open = schuld - betaald;
            const deze =
              g === 'betaalt'
                ? v.maandbedrag
                : g === 'half'
                  ? Math.floor(v.maandbedrag / 2)
                  : g === 'dubbel'
                    ? 2 * v.maandbedrag
                    : g === 'inhalen'
                      ? voor.achterstand + v.maandbedrag
                      : 0;
            const bedrag = Math.min(open, deze);
            betaald += bedrag;
            const peildag = `${plusMaanden(maand, 1)}-01`;
            const stand = standVan({ ...p, betaaldSinds: betaald }, peildag);
            const b = vervalVoor({
              stand,
              betaaldSinds: betaald,
              maandbedrag: v.maandbedrag,
              metBegeleider,
              herinnering,
              peildag,
            });
            if (b.stap === 'vervalt') {
              expect(metBegeleider).toBe(false);
              expect(herinnering).toBeDefined();
              expect(peildag > herinnering!.nieuweTermijn).toBe(true);
              expect(betaald).toBeLessThan(herinnering!.verschuldigd);
              expect(stand.achterstand).toBeGreaterThan(0);
              expect(b.gemist).toBe(herinnering!.verschuldigd - betaald);
              tel.vervallen++;
              break;
            }
            if (b.stap === 'begeleider') tel.begeleidAchter++;
            if (stand.achterstand === 0) expect(b.stap).toBe('niets');
            if (b.stap === 'herinnering') {
              if (herinnering && betaald >= herinnering.verschuldigd) tel.herinneringBetaald++;
              expect(b.verschuldigd).toBe(stand.verschuldigd);
              herinnering = {
                verschuldigd: b.verschuldigd,
                nieuweTermijn: plusDagen(peildag, VERVAL.termijnDagen),
              };
            }
          }
        },
      ),
      { numRuns: 2_000 },
    );
    console.log(
      `plan lapse: of 2000 plans ${tel.vervallen} lapsed, ${tel.begeleidAchter} guided months behind (no lapse), ${tel.herinneringBetaald} reminders answered by paying`,
    );
    expect(tel.vervallen).toBeGreaterThan(200);
    expect(tel.begeleidAchter).toBeGreaterThan(200);
    expect(tel.herinneringBetaald).toBeGreaterThan(20);
  });
});
