import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eerlijkheidCsv } from './csv';
import { STANDAARD_GRENZEN } from './grenzen';
import { inkomensdecielen, leeftijdOp, leeftijdsband, provincie, toeslagcombinatie } from './groepen';
import { eerlijkheidsrapport, type SelectieRij } from './rapport';
import { eerlijkheidTrend } from './trend';

function rij(id: number, over: Partial<SelectieRij> = {}): SelectieRij {
  return {
    huishoudenId: id,
    inkomen: id * 100_000,
    huishoudtype: id % 2 === 0 ? 'paar' : 'alleenstaande',
    leeftijdAanvrager: 30 + (id % 40),
    woonplaats: null,
    toeslagen: ['zorgtoeslag'],
    redenen: [],
    beoordeeld: false,
    bedragGewijzigd: false,
    ...over,
  };
}

describe('groups', () => {
  it('splits incomes into ten deciles of equal size, unknown apart', () => {
    const h = Array.from({ length: 100 }, (_, i) => ({ huishoudenId: i + 1, inkomen: (100 - i) * 10 }));
    h.push({ huishoudenId: 999, inkomen: null as unknown as number });
    const d = inkomensdecielen(h);
    expect(d.get(100)).toBe('D1'); // lowest income
    expect(d.get(1)).toBe('D10');
    expect(d.get(999)).toBe('onbekend');
    const tel = new Map<string, number>();
    for (const v of d.values()) tel.set(v, (tel.get(v) ?? 0) + 1);
    for (let i = 1; i <= 10; i++) expect(tel.get(`D${i}`)).toBe(10);
  });
  it('names age bands at the law edges, province from the place, toeslagen as one sorted group', () => {
    expect(leeftijdOp('2003-06-30', '2026-01-01')).toBe(22);
    expect(leeftijdOp('2003-01-01', '2026-01-01')).toBe(23);
    expect(leeftijdsband(22)).toBe('18-22');
    expect(leeftijdsband(23)).toBe('23-29');
    expect(leeftijdsband(66)).toBe('45-66');
    expect(leeftijdsband(67)).toBe('67+');
    expect(leeftijdsband(null)).toBe('onbekend');
    expect(provincie('Maastricht')).toBe('Limburg');
    expect(provincie('Ergens')).toBe('onbekend');
    expect(provincie(null)).toBe('onbekend');
    expect(toeslagcombinatie(['zorgtoeslag', 'huurtoeslag', 'zorgtoeslag'])).toBe('huurtoeslag+zorgtoeslag');
    expect(toeslagcombinatie([])).toBe('geen');
  });
});

describe('eerlijkheidsrapport', () => {
  it('flags a group selected beyond four fifths, and not a small group', () => {
    // 400 households: 200 singles, 200 couples. The rule selects 40 singles and 10 couples.
    const rijen = Array.from({ length: 400 }, (_, i) => {
      const id = i + 1;
      const alleen = id % 2 === 1;
      const gekozen = alleen ? id <= 80 : id <= 20;
      return rij(id, { redenen: gekozen ? ['R'] : [] });
    });
    const r = eerlijkheidsrapport(rijen, ['R', 'STIL']);
    const regel = r.regels[0]!;
    expect(regel.geselecteerd).toBe(50);
    expect(regel.aandeel).toBe(125_000);
    const alleen = regel.groepen.find((g) => g.dimensie === 'huishoudtype' && g.groep === 'alleenstaande')!;
    const paar = regel.groepen.find((g) => g.dimensie === 'huishoudtype' && g.groep === 'paar')!;
    expect(alleen.verhouding).toBe(1_600_000);
    expect(paar.verhouding).toBe(400_000);
    expect(regel.vlaggen).toContainEqual({
      soort: 'afwijkend-aandeel',
      dimensie: 'huishoudtype',
      groep: 'alleenstaande',
      verhouding: 1_600_000,
      richting: 'vaker',
    });
    expect(regel.vlaggen).toContainEqual(expect.objectContaining({ groep: 'paar', richting: 'minder' }));
    // Province: everyone `onbekend`, never judged.
    expect(regel.vlaggen.some((v) => v.soort === 'afwijkend-aandeel' && v.dimensie === 'provincie')).toBe(
      false,
    );
    // A rule that selected nobody is reported, without ratios or flags.
    const stil = r.regels[1]!;
    expect(stil.code).toBe('STIL');
    expect(stil.geselecteerd).toBe(0);
    expect(stil.groepen.every((g) => g.verhouding === null)).toBe(true);
    expect(stil.vlaggen).toEqual([]);
  });

  it('flags selection without purpose only with enough reviewed selections', () => {
    const rijen = Array.from({ length: 100 }, (_, i) =>
      rij(i + 1, { redenen: ['R'], beoordeeld: i < 30, bedragGewijzigd: i < 2 }),
    );
    const r = eerlijkheidsrapport(rijen, ['R']).regels[0]!;
    expect(r.beoordeeld).toBe(30);
    expect(r.gewijzigd).toBe(2);
    expect(r.vlaggen).toContainEqual({
      soort: 'selectie-zonder-doel',
      beoordeeld: 30,
      gewijzigd: 2,
      aandeel: 66_667,
    });
    const weinig = eerlijkheidsrapport(rijen.slice(0, 10), ['R']).regels[0]!;
    expect(weinig.vlaggen.filter((v) => v.soort === 'selectie-zonder-doel')).toEqual([]);
    const nuttig = eerlijkheidsrapport(
      rijen.map((x, i) => ({ ...x, bedragGewijzigd: i < 10 })),
      ['R'],
    ).regels[0]!;
    expect(nuttig.vlaggen.filter((v) => v.soort === 'selectie-zonder-doel')).toEqual([]);
  });

  it('property: per dimension the groups add up to the run, and a flag is exactly a judged ratio out of bounds', () => {
    // Smaller minimum sizes than the standard, so that generated runs reach judged groups.
    const grenzen = { ...STANDAARD_GRENZEN, minimaleGroep: 8, minimaleSelecties: 4 };
    let gevlagd = 0;
    let binnen = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            inkomen: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
            type: fc.constantFrom('alleenstaande', 'paar', 'paar-met-kinderen'),
            leeftijd: fc.option(fc.integer({ min: 16, max: 95 }), { nil: null }),
            gekozen: fc.boolean(),
            kans: fc.integer({ min: 0, max: 3 }),
          }),
          { minLength: 20, maxLength: 300 },
        ),
        (xs) => {
          const rijen = xs.map((x, i) =>
            rij(i + 1, {
              inkomen: x.inkomen,
              huishoudtype: x.type,
              leeftijdAanvrager: x.leeftijd,
              redenen: x.gekozen && (x.type !== 'paar' || x.kans === 0) ? ['R'] : [],
            }),
          );
          const r = eerlijkheidsrapport(rijen, ['R'], grenzen).regels[0]!;
          for (const d of ['inkomensdeciel', 'huishoudtype', 'leeftijd', 'provincie', 'toeslagen'] as const) {
            const g = r.groepen.filter((x) => x.dimensie === d);
            expect(g.reduce((s, x) => s + x.huishoudens, 0)).toBe(rijen.length);
            expect(g.reduce((s, x) => s + x.geselecteerd, 0)).toBe(r.geselecteerd);
          }
          for (const g of r.groepen) {
            const uit =
              g.beoordeelbaar &&
              g.verhouding !== null &&
              (g.verhouding < grenzen.ondergrens || g.verhouding > grenzen.bovengrens);
            const vlag = r.vlaggen.some(
              (v) => v.soort === 'afwijkend-aandeel' && v.dimensie === g.dimensie && v.groep === g.groep,
            );
            expect(vlag).toBe(uit);
            if (vlag) gevlagd++;
            else if (g.beoordeelbaar) binnen++;
          }
        },
      ),
      { numRuns: 150 },
    );
    console.log(`fairness property: ${gevlagd} judged groups flagged, ${binnen} judged groups within bounds`);
    expect(gevlagd).toBeGreaterThan(10);
    expect(binnen).toBeGreaterThan(10);
  });
});

describe('CSV and trend', () => {
  it('writes one line per rule and group, quoting what needs it', () => {
    const rijen = [rij(1, { redenen: ['R'], woonplaats: 'x' }), rij(2, { huishoudtype: 'paar, "samen"' })];
    const csv = eerlijkheidCsv(7, eerlijkheidsrapport(rijen, ['R']));
    const regels = csv.trimEnd().split('\r\n');
    expect(regels[0]).toBe(
      'run,regel,dimensie,groep,huishoudens,geselecteerd,aandeel,verhouding,beoordeelbaar,beoordeeld,bedrag_gewijzigd,vlag',
    );
    expect(regels[1]).toBe('7,R,totaal,alle,2,1,0.500000,1.000000,true,0,0,');
    expect(csv).toContain('7,R,huishoudtype,"paar, ""samen""",1,0,0.000000,0.000000,false,0,0,');
  });
  it('lists each rule over the runs, oldest first', () => {
    const a = eerlijkheidsrapport([rij(1, { redenen: ['R'] }), rij(2)], ['R']);
    const b = eerlijkheidsrapport([rij(1), rij(2)], ['R']);
    const t = eerlijkheidTrend([
      { runId: 5, soort: 'definitief', jaar: 2025, rapport: b },
      { runId: 2, soort: 'voorschot', jaar: 2025, rapport: a },
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]!.punten.map((p) => [p.runId, p.geselecteerd, p.aandeel])).toEqual([
      [2, 1, 500_000],
      [5, 0, 0],
    ]);
  });
});
