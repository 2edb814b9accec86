/**
 * The background year simulations (issue 20) with a stand-in run whose months the test releases one
 * by one: progress per simulated month over all variants, one at a time (409), a failed run kept
 * with its message, the rights (`simulatie:uitvoeren`; the team lead's ETA figure with
 * `zaak:herverdelen`), and the ETA figure taken from the newest finished run only.
 */
import type { Db } from '@regelmaat/db';
import { Conflict, Geweigerd, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { wetgeving } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Rol } from '@regelmaat/toegang';
import { describe, expect, it } from 'vitest';
import type { Context } from './context';
import {
  etaUitJaarsimulatie,
  type JaarsimulatieOpdracht,
  Jaarsimulaties,
  type JaarsimulatieUitkomst,
  jaarsimulatie,
  jaarsimulatieLijst,
  startJaarsimulatie,
} from './jaarsimulaties';
import { type Omgeving, STANDAARD_INSTELLINGEN } from './omgeving';

const NU = '2026-12-04T10:00:00.000Z';
const als = (rol: Rol, id = `m-${rol}`): Context => ({
  sessie: { rol, id, verloopt: '2026-12-04T11:00:00.000Z', sid: 'AAAAAAAAAAAAAAAAAAAAAA' },
  trace: nieuweTrace(),
});
const ANALIST = als('beleidsmedewerker', 'm-beleid-1');

/** A run that reports `maanden` months per variant, each after the test calls `volgende()`. */
function standIn(maanden = 13) {
  const wachtend: (() => void)[] = [];
  let fout: Error | undefined;
  const stap = () => new Promise<void>((r) => wachtend.push(r));
  const uitvoerder = async (
    o: JaarsimulatieOpdracht,
    voortgang: (variant: string, maand: number, totaal: number) => void,
  ): Promise<JaarsimulatieUitkomst> => {
    for (const v of o.varianten)
      for (let m = 1; m <= maanden; m++) {
        await stap();
        if (fout) throw fout;
        voortgang(v, m, maanden);
      }
    return {
      jaar: 2026,
      huishoudens: o.huishoudens,
      seed: o.seed,
      database: 'PGlite',
      varianten: o.varianten.map((variant, i) => ({
        variant,
        eta: { gemeten: 10 + i, binnen20Procent: 7 + i, aandeel: (7 + i) / (10 + i) },
      })),
    };
  };
  return {
    uitvoerder,
    async volgende(n = 1) {
      for (let i = 0; i < n; i++) {
        while (wachtend.length === 0) await new Promise((r) => setImmediate(r));
        wachtend.shift()!();
        await new Promise((r) => setImmediate(r));
      }
    },
    faal(e: Error) {
      fout = e;
    },
  };
}

function omgeving(js?: Jaarsimulaties): Omgeving {
  return {
    db: {} as Db,
    wetgeving: wetgeving(),
    klok: () => NU,
    sleutels: { sessie: 's', pseudoniem: 'p' },
    instellingen: STANDAARD_INSTELLINGEN,
    ...(js ? { jaarsimulaties: js } : {}),
  };
}

describe('year simulations in the background', () => {
  it('reports progress per simulated month over all variants, refuses a second start, keeps the result', async () => {
    const s = standIn();
    const o = omgeving(new Jaarsimulaties(s.uitvoerder, ['basis', 'product']));
    expect(etaUitJaarsimulatie(o, als('teamleider'))).toBeUndefined();
    const stand = startJaarsimulatie(o, ANALIST, { huishoudens: 30, seed: 3 });
    expect(stand).toMatchObject({
      status: 'bezig',
      varianten: ['basis', 'product'],
      door: 'm-beleid-1',
      gestart: NU,
      maandenGedaan: 0,
      maandenTotaal: 24,
    });
    await s.volgende(3);
    expect(jaarsimulatie(o, ANALIST, stand.id)).toMatchObject({
      variant: 'basis',
      maandenGedaan: 3,
      maandenTotaal: 26,
    });
    // One at a time: a second start is refused with the running one's number and progress.
    expect(() => startJaarsimulatie(o, ANALIST, { huishoudens: 1, seed: 1 })).toThrow(Conflict);
    expect(() => startJaarsimulatie(o, ANALIST, { huishoudens: 1, seed: 1 })).toThrow(
      `nummer ${stand.id}, 3 van 26 maanden`,
    );
    await s.volgende(13);
    expect(jaarsimulatie(o, ANALIST, stand.id)).toMatchObject({ variant: 'product', maandenGedaan: 16 });
    await s.volgende(10);
    await o.jaarsimulaties!.klaar();
    const klaar = jaarsimulatie(o, ANALIST, stand.id);
    expect(klaar).toMatchObject({ status: 'klaar', maandenGedaan: 26, klaarOp: NU });
    expect(klaar.variant).toBeUndefined();
    expect(klaar.resultaat!.huishoudens).toBe(30);
    expect(jaarsimulatieLijst(o, ANALIST)[0]).not.toHaveProperty('resultaat');
    // The team lead's figure: the newest finished run, true to its numbers.
    expect(etaUitJaarsimulatie(o, als('teamleider'))).toEqual({
      id: stand.id,
      klaarOp: NU,
      huishoudens: 30,
      varianten: [
        { variant: 'basis', gemeten: 10, binnen20Procent: 7, aandeel: 0.7 },
        { variant: 'product', gemeten: 11, binnen20Procent: 8, aandeel: 8 / 11 },
      ],
    });
    // A run that fails is kept with its message, and the figure stays that of the finished one.
    const tweede = startJaarsimulatie(o, ANALIST, { huishoudens: 5, seed: 9, varianten: ['product'] });
    s.faal(new Error('database weg'));
    await s.volgende(1);
    await o.jaarsimulaties!.klaar();
    expect(jaarsimulatie(o, ANALIST, tweede.id)).toMatchObject({
      status: 'mislukt',
      melding: 'database weg',
    });
    expect(etaUitJaarsimulatie(o, als('teamleider'))!.id).toBe(stand.id);
  });

  it('refuses an unknown or repeated variant (naming varianten), other roles, an unknown run, a server without it', async () => {
    const o = omgeving(new Jaarsimulaties(standIn().uitvoerder, ['basis', 'product']));
    for (const varianten of [['wens'], ['basis', 'basis']]) {
      const e = (() => {
        try {
          startJaarsimulatie(o, ANALIST, { huishoudens: 1, seed: 1, varianten });
        } catch (x) {
          return x;
        }
      })();
      expect(e).toBeInstanceOf(Ongeldig);
      expect((e as Ongeldig).velden[0]!.naam).toBe('varianten');
    }
    expect(jaarsimulatieLijst(o, ANALIST)).toEqual([]);
    for (const rol of ['burger', 'behandelaar', 'teamleider', 'auditor'] as const)
      expect(() => startJaarsimulatie(o, als(rol), { huishoudens: 1, seed: 1 })).toThrow(Geweigerd);
    for (const rol of ['burger', 'behandelaar', 'beleidsmedewerker'] as const)
      expect(() => etaUitJaarsimulatie(o, als(rol))).toThrow(Geweigerd);
    expect(() => jaarsimulatie(o, ANALIST, 999)).toThrow(NietGevonden);
    expect(() => startJaarsimulatie(omgeving(), ANALIST, { huishoudens: 1, seed: 1 })).toThrow(Conflict);
    expect(etaUitJaarsimulatie(omgeving(), als('teamleider'))).toBeUndefined();
  });
});
