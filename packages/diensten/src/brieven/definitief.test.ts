/**
 * The letter of a definitive calculation on both databases: after the definitive run, every
 * household's definitive decision has a letter that says what was advanced and settles it — a
 * back-payment (nabetaling) or a recovery (terugvordering) — and its PDF says the amounts, the
 * letter date and the last day to object (pdftotext).
 */
import {
  bezwaartermijn,
  datum,
  euro,
  uiterlijkeNabetaling,
  uiterlijkeTerugbetaling,
} from '@regelmaat/brieven';
import { bewaarPdf, pdfTekst } from '@regelmaat/brieven/testing';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEFINITIEF_OP, schrijfDefinitieveFeiten } from '@regelmaat/dossier-opslag/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { geenUitval, startRun, werk } from '@regelmaat/verwerking';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { brief, brievenVan } from './brieven';

describeEachDatabase('definitive letters on $naam', ({ open, naam }) => {
  let db: Db;
  let t: TestOmgeving;
  let ctx: () => Context;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    await schrijfDefinitieveFeiten(db, 6);
    const { run } = await startRun(
      db,
      { soort: 'definitief', jaar: 2026, bekendOp: DEFINITIEF_OP, nu: DEFINITIEF_OP },
      t.o.wetgeving,
    );
    await werk(db, run, t.o.wetgeving, geenUitval, {
      worker: 'test',
      logboek: { sleutel: SLEUTELS.pseudoniem },
    });
    const sessie = (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'auditor-1', wachtwoord: 'demo-auditor-1' })
    ).sessie;
    ctx = () => ({ sessie, trace: nieuweTrace() });
  }, 90_000);
  afterAll(async () => {
    await db?.close();
  });

  it('settles against the advances and says so, in the data and in the PDF', async () => {
    const uitkomsten = new Set<string>();
    for (const bsn of [t.bsn1, t.bsn2]) {
      const l = (await brievenVan(t.o, ctx(), { bsn })).brieven.filter(
        (b) => b.soort === 'definitieve-berekening',
      );
      expect(l.length).toBeGreaterThan(0);
      for (const item of l) {
        const w = await brief(t.o, ctx(), item.beschikkingId, 'pdf');
        const g = w.opgeslagen.brief.gegevens;
        const t0 = g.toeslagen[0]!;
        const v = await db.query<{ voorschot: number; jaarbedrag: number }>(
          'SELECT vereffening_voorschot_totaal AS voorschot, jaarbedrag FROM beschikking WHERE id = $1',
          [item.beschikkingId],
        );
        expect(t0.afrekening?.alBetaald).toBe(v.rows[0]!.voorschot);
        expect(t0.jaarbedrag).toBe(v.rows[0]!.jaarbedrag);
        const verschil = t0.jaarbedrag - t0.afrekening!.alBetaald;
        const pad = bewaarPdf(`definitief-${naam.toLowerCase()}-${item.beschikkingId}`, w.pdf!);
        const tekst = pdfTekst(pad);
        const n = (s: string) => s.replace(/\u00a0/g, ' ');
        // Sentences may break over lines in the PDF's text.
        const plat = tekst.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
        expect(tekst).toContain(n(euro(t0.jaarbedrag)));
        expect(tekst).toContain(datum(w.opgeslagen.brief.briefdatum));
        expect(tekst).toContain(datum(bezwaartermijn(w.opgeslagen.brief.briefdatum).laatsteDag));
        expect(w.opgeslagen.brief.sjabloon.versie).toBe(2);
        const verm = await db.query<{ uitkomst: string; terug: number }>(
          'SELECT uitkomst, terug_te_vorderen AS terug FROM vereffening WHERE beschikking_id = $1',
          [item.beschikkingId],
        );
        const { uitkomst, terug } = verm.rows[0]!;
        expect(t0.afrekening?.doelmatigheidsgrens).toBe(12_100);
        if (verschil > 0) {
          uitkomsten.add('nabetaling');
          expect(tekst).toContain(`U krijgt nog ${n(euro(verschil))}`);
          expect(plat).toContain(
            `uiterlijk op ${datum(uiterlijkeNabetaling(w.opgeslagen.brief.briefdatum))}`,
          );
        } else if (verschil < 0) {
          uitkomsten.add(uitkomst);
          expect(t0.afrekening?.terugTeVorderen).toBe(terug);
          expect(tekst).toContain(`U heeft ${n(euro(-verschil))} te veel`);
          if (uitkomst === 'niet-ingevorderd') {
            expect(terug).toBe(0);
            expect(plat).toContain('Daarom hoeft u dit niet terug te betalen.');
          } else {
            expect(plat).toContain(
              `uiterlijk op ${datum(uiterlijkeTerugbetaling(w.opgeslagen.brief.briefdatum))}`,
            );
          }
        }
      }
    }
    console.log(`definitive letters checked by outcome: ${[...uitkomsten].join(', ')}`);
    expect(uitkomsten.size).toBeGreaterThan(0);
  });
});
