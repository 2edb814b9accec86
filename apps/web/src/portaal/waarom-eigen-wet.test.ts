/**
 * "Waarom dit bedrag?" after a parameter correction (issue 12, item 3), over HTTP on the real
 * services: the citizen page and the case worker's decision page explain an old decision with its
 * own rules — the steps end at the decided amount and use the old value — and name that version;
 * a decision whose rules were not kept says so and shows no steps.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { inloggenDigid, overzicht } from '@regelmaat/diensten';
import { eurocent, formatCents } from '@regelmaat/kernel';
import { STANDAARDPREMIE_2026, wetgevingMetCorrectie } from '@regelmaat/law/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { euro } from '../opmaak';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

const s = (x: string) => x.replace(/\u00a0/g, ' ');

describeEachDatabase('a decision explained with its own rules on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  /** The web app after a correction of zorgtoeslag's standaardpremie 2026 (€ 2.119 → € 2.219). */
  let na: FastifyInstance;
  beforeAll(async () => {
    const gecorrigeerd = wetgevingMetCorrectie(
      w.t.o.wetgeving,
      'zorgtoeslag',
      STANDAARDPREMIE_2026.van,
      STANDAARDPREMIE_2026.naar,
    );
    na = await maakWebServer({ ...w.t.o, wetgeving: gecorrigeerd }, { digidSimulatie: true });
  });
  afterAll(async () => {
    await na?.close();
  });
  const zorgtoeslag = async () => {
    const ctx = { sessie: inloggenDigid(w.t.o, { bsn: w.t.bsn1 }).sessie, trace: nieuweTrace() };
    return (await overzicht(w.t.o, ctx, {})).toeslagen.find((x) => x.regeling === 'zorgtoeslag')!;
  };
  const kort = () => w.t.o.wetgeving.versie.slice(0, 8);

  it('the citizen page shows the decision’s own steps, ending at its amount, and its rules', async () => {
    const zt = await zorgtoeslag();
    const b = await Bezoeker.alsBurger(na, w.t.bsn1);
    const r = await b.get(`/mijn/waarom/${zt.beschikkingId}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(`<span data-testid="jaarbedrag">${s(euro(zt.jaarbedrag))}</span>`);
    // The year's explanation ends at the decided amount; the premium step shows the old value.
    const jaar = r.body.slice(
      r.body.indexOf('<section aria-label="Van maandbedragen naar het bedrag voor het jaar">'),
    );
    expect(jaar.indexOf('rm-stap-waarde')).toBeGreaterThan(0);
    expect(/rm-stap-waarde">([^<]+)</.exec(jaar)?.[1]).toBe(s(formatCents(eurocent(zt.jaarbedrag))));
    expect(r.body).toContain(
      `Standaardpremie per persoon per jaar: <span class="rm-stap-waarde">${s(formatCents(eurocent(211_900)))}`,
    );
    expect(r.body).not.toContain(s(formatCents(eurocent(221_900))));
    const regels = r.body.slice(r.body.indexOf('data-testid="regels"'));
    expect(regels).toContain(`Wij hebben dit bedrag berekend met de regels van versie ${kort()}.`);
    // Some values apply from 2025 still, the rest from 2026.
    expect(regels).toContain(
      'Elk bedrag en percentage uit deze regels geldt vanaf een vaste datum. Hier zijn dat 1 januari 2025 en 1 januari 2026.',
    );
    expect(regels).toContain('Wij rekenen nu met een andere versie van de regels.');
  });

  it('before the correction the page does not say the rules changed', async () => {
    const zt = await zorgtoeslag();
    const b = await Bezoeker.alsBurger(w.app, w.t.bsn1);
    const r = await b.get(`/mijn/waarom/${zt.beschikkingId}`);
    expect(r.body).toContain(`Wij hebben dit bedrag berekend met de regels van versie ${kort()}.`);
    expect(r.body).not.toContain('Wij rekenen nu met een andere versie van de regels.');
  });

  it('the case worker sees the version, when it was kept, and the parameters with date and source', async () => {
    const zt = await zorgtoeslag();
    const m = await Bezoeker.alsMedewerker(na, 'behandelaar-1', 'demo-behandelaar-1');
    const r = await m.get(`/werk/beschikkingen/${zt.beschikkingId}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(
      `Uitgelegd met de eigen parameterset van deze beschikking, versie ${w.t.o.wetgeving.versie}, bewaard op`,
    );
    expect(r.body).toContain('Er wordt nu met een andere parameterset gerekend');
    const rij = r.body.slice(r.body.indexOf('data-parameter="zorgtoeslag.standaardpremie"'));
    expect(rij).toMatch(
      new RegExp(
        `^data-parameter="zorgtoeslag.standaardpremie"><th scope="row">Standaardpremie per persoon per jaar</th><td>${s(formatCents(eurocent(211_900))).replace('.', '\\.')}</td><td>1 januari 2026</td><td>Regeling standaardpremie 2026, Stcrt\\. 2025, 40022, art\\. 1</td>`,
      ),
    );
  });

  it('a decision whose rules were not kept says so and shows no steps', async () => {
    const zt = await zorgtoeslag();
    const r0 = await w.db.query<{ id: string }>(
      `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                                engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding, vorige_id)
       SELECT NULL, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen, engine_versie,
              'fedcba9876543210', invoer_hash, bekend_op, 'wijziging', id FROM beschikking WHERE id = $1
       RETURNING id`,
      [zt.beschikkingId],
    );
    const b = await Bezoeker.alsBurger(na, w.t.bsn1);
    const r = await b.get(`/mijn/waarom/${r0.rows[0]!.id}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(
      'Wij hebben dit bedrag berekend met de regels die toen golden (versie fedcba98). Die regels hebben wij niet bewaard. Daarom kunnen wij de stappen niet laten zien.',
    );
    expect(r.body).not.toContain('rm-stappen');
    expect(r.body).not.toContain('Met welke regels?');
  });
});
