/**
 * @module
 * Demo objections (issue 14), one in each state, through the real services so the cases, letters
 * and processing log are as in use: just received; pro forma (waiting for grounds); called with a
 * hearing planned; a decision waiting for the team lead (above the threshold); decided in part with
 * a new decision version and both letters; withdrawn on the phone; received by post; postponed; heard
 * and decided ongegrond; fully upheld without a hearing (Awb 7:3 onder e); pro forma, no grounds
 * will follow, waiting for the term to send them to pass before niet-ontvankelijk (Awb 6:6); called, the hearing still to be settled; heard and ready to decide.
 * Done once: a database that already has an objection is left as it is.
 *
 * A late objection (received after the six weeks of Awb 6:7 and Awir 35, not posted in time, 6:9)
 * waiting for the case worker's judgement whether the lateness is excusable (6:11) needs a letter
 * more than six weeks old. The runs date their letters on the day they run, so a freshly seeded
 * demo has none: `zaaiDemoTeLaatBezwaar` adds one on the first start when there is such a letter.
 */

import { bezwaartermijn } from '@regelmaat/brieven';
import {
  beslisOpBezwaar,
  type Context,
  claimZaak,
  dienBezwaarIn,
  inloggenDigid,
  inloggenMedewerker,
  legBezwaarGesprekVast,
  legBezwaarHoorzittingVast,
  type Omgeving,
  planBezwaarHoorzitting,
  registreerBezwaar,
  slaBezwaarHoorzittingOver,
  verdaagBezwaar,
  zaakDetail,
} from '@regelmaat/diensten';
import { nieuweTrace } from '@regelmaat/logboek';

/** A minimal synthetic PDF, so the demo shows an objection with a file. */
const DEMO_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

export async function zaaiDemoBezwaren(
  o: Omgeving,
  jaar: number,
  opties: { vanaf?: number } = {},
): Promise<void> {
  const al = await o.db.query<{ n: string }>('SELECT count(*) AS n FROM bezwaar');
  if (Number(al.rows[0]!.n) > 0) return;
  // One decision per household (zorgtoeslag first), from the run's letters.
  const kandidaten = await o.db.query<{ bsn: string; id: string; jaarbedrag: number; regeling: string }>(
    `SELECT DISTINCT ON (h.id) h.bsn_aanvrager AS bsn, b.id, b.jaarbedrag, b.regeling FROM huishouden h
       JOIN beschikking b ON b.huishouden_id = h.id
      WHERE b.jaar = $1 AND b.status = 'vastgesteld' AND b.aanleiding = 'run' AND h.id > $2
      ORDER BY h.id, b.regeling <> 'zorgtoeslag', b.id LIMIT 13`,
    [jaar, opties.vanaf ?? 40],
  );
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  const mw = (
    await inloggenMedewerker(o, { gebruikersnaam: 'behandelaar-6', wachtwoord: 'demo-behandelaar-6' })
  ).sessie;
  const ctx = (): Context => ({ sessie: mw, trace: nieuweTrace() });
  const pak = async (zaakId: number) => {
    const z = (await zaakDetail(o, ctx(), zaakId)).zaak;
    await claimZaak(o, ctx(), z.id, z.versie);
  };
  const gronden = 'Mijn inkomen is dit jaar lager dan u heeft gerekend. Ik heb minder uren gewerkt.';
  type K = (typeof kandidaten.rows)[number];
  async function deelsGegrond(x: K, extra: number) {
    const i = await dienBezwaarIn(o, burger(x.bsn), { beschikkingId: Number(x.id), gronden });
    await pak(i.bezwaar.zaakId);
    await legBezwaarGesprekVast(o, ctx(), i.bezwaar.id, {
      uitkomst: 'Jaaropgave besproken. Meneer ziet af van een hoorzitting.',
      ingetrokken: false,
    });
    await slaBezwaarHoorzittingOver(o, ctx(), i.bezwaar.id, {
      grond: 'afgezien',
      toelichting: 'Meneer heeft aan de telefoon gezegd dat hij niet gehoord wil worden.',
    });
    await beslisOpBezwaar(o, ctx(), i.bezwaar.id, {
      beslissing: 'deels-gegrond',
      motivering:
        'Uw inkomen is lager dan wij hadden gerekend, maar niet zo laag als u schreef. Wij rekenen met het inkomen op uw jaaropgave.',
      regeling: x.regeling,
      nieuwJaarbedrag: x.jaarbedrag + extra,
    });
  }
  const stappen: ((x: K) => Promise<unknown>)[] = [
    // 1. Just received, with grounds and a file (a small synthetic PDF).
    (a) =>
      dienBezwaarIn(o, burger(a.bsn), {
        beschikkingId: Number(a.id),
        gronden,
        telefoon: '0612345678',
        stukken: [{ bestandsnaam: 'jaaropgave-demo.pdf', inhoud: DEMO_PDF }],
      }),
    // 2. Pro forma: grounds follow within the hersteltermijn.
    (b) => dienBezwaarIn(o, burger(b.bsn), { beschikkingId: Number(b.id) }),
    // 3. Called; hearing planned in two weeks.
    async (c) => {
      const c1 = await dienBezwaarIn(o, burger(c.bsn), { beschikkingId: Number(c.id), gronden });
      await pak(c1.bezwaar.zaakId);
      await legBezwaarGesprekVast(o, ctx(), c1.bezwaar.id, {
        uitkomst: 'Uitgelegd hoe het inkomen telt. Mevrouw wil haar bezwaar graag toelichten in een gesprek.',
        ingetrokken: false,
      });
      const over2w = new Date(o.klok());
      over2w.setUTCDate(over2w.getUTCDate() + 14);
      await planBezwaarHoorzitting(o, ctx(), c1.bezwaar.id, { op: over2w.toISOString().slice(0, 10) });
    },
    // 4 and 5. Called, hearing skipped (waived); decided in part: above the threshold waits for the
    // team lead, below it takes effect with a new decision and the decision letter.
    (d) => deelsGegrond(d, 90_000),
    (e) => deelsGegrond(e, 24_000),
    // 6. Withdrawn on the phone.
    async (f) => {
      const w = await dienBezwaarIn(o, burger(f.bsn), { beschikkingId: Number(f.id) });
      await pak(w.bezwaar.zaakId);
      await legBezwaarGesprekVast(o, ctx(), w.bezwaar.id, {
        uitkomst: 'De berekening uitgelegd; mevrouw begrijpt het nu en trekt haar bezwaar in.',
        ingetrokken: true,
      });
    },
    // 7. Received by post today, posted yesterday.
    async (g) => {
      const vandaag = o.klok().slice(0, 10);
      const gisteren = new Date(o.klok());
      gisteren.setUTCDate(gisteren.getUTCDate() - 1);
      await registreerBezwaar(o, ctx(), {
        beschikkingId: Number(g.id),
        kanaal: 'post',
        ontvangenOp: vandaag,
        gepostOp:
          gisteren.toISOString().slice(0, 10) < vandaag ? gisteren.toISOString().slice(0, 10) : vandaag,
        gronden: 'Mijn huur is verkeerd overgenomen.',
      });
    },
    // 8. Postponed, with the reason.
    async (h) => {
      const v = await dienBezwaarIn(o, burger(h.bsn), { beschikkingId: Number(h.id), gronden });
      await pak(v.bezwaar.zaakId);
      await verdaagBezwaar(o, ctx(), v.bezwaar.id, {
        reden: 'Wij wachten op gegevens van uw werkgever over uw inkomen.',
      });
    },
    // 9. Heard, then decided: ongegrond (the decision stands, Awb 7:11 lid 1).
    async (i) => {
      const x = await dienBezwaarIn(o, burger(i.bsn), {
        beschikkingId: Number(i.id),
        gronden,
        telefoon: '0687654321',
      });
      await pak(x.bezwaar.zaakId);
      await legBezwaarGesprekVast(o, ctx(), x.bezwaar.id, {
        uitkomst:
          'Uitgelegd dat het geschatte inkomen voor het hele jaar telt. Meneer wil toch gehoord worden.',
        ingetrokken: false,
      });
      await planBezwaarHoorzitting(o, ctx(), x.bezwaar.id, { op: o.klok().slice(0, 10) });
      await legBezwaarHoorzittingVast(o, ctx(), x.bezwaar.id, {
        verslag:
          'Meneer lichtte toe dat hij in het voorjaar minder werkte. Over het hele jaar is zijn inkomen gelijk.',
      });
      await beslisOpBezwaar(o, ctx(), x.bezwaar.id, {
        beslissing: 'ongegrond',
        motivering:
          'Wij rekenen met uw inkomen over het hele jaar. Dat is niet lager dan wij hadden gerekend. Het bedrag blijft hetzelfde.',
      });
    },
    // 10. Fully upheld without a hearing (Awb 7:3 onder e): a new decision and both letters.
    async (j) => {
      const x = await dienBezwaarIn(o, burger(j.bsn), {
        beschikkingId: Number(j.id),
        gronden: 'U heeft met het inkomen van vorig jaar gerekend. Mijn inkomen is nu veel lager.',
      });
      await pak(x.bezwaar.zaakId);
      await legBezwaarGesprekVast(o, ctx(), x.bezwaar.id, {
        uitkomst: 'Het lagere inkomen blijkt uit de loonstroken. Mevrouw krijgt helemaal gelijk.',
        ingetrokken: false,
      });
      await slaBezwaarHoorzittingOver(o, ctx(), x.bezwaar.id, {
        grond: 'volledig-gegrond',
        toelichting: 'Het bezwaar wordt volledig gegrond verklaard; niemand anders wordt benadeeld.',
      });
      await beslisOpBezwaar(o, ctx(), x.bezwaar.id, {
        beslissing: 'gegrond',
        motivering: 'Uw inkomen is lager dan wij hadden gerekend. Wij rekenen nu met uw lagere inkomen.',
        regeling: j.regeling,
        nieuwJaarbedrag: j.jaarbedrag + 18_000,
      });
    },
    // 11. Pro forma without grounds; the person says none follow. Niet-ontvankelijk (Awb 6:6) only
    // once the term to send them has passed unused, so it waits for that day (phase te-beslissen).
    async (k) => {
      const x = await dienBezwaarIn(o, burger(k.bsn), { beschikkingId: Number(k.id) });
      await pak(x.bezwaar.zaakId);
      await legBezwaarGesprekVast(o, ctx(), x.bezwaar.id, {
        uitkomst:
          'Meneer wil alleen uitstel van betaling en stuurt geen gronden. Verwezen naar een betalingsregeling.',
        ingetrokken: false,
      });
      await slaBezwaarHoorzittingOver(o, ctx(), x.bezwaar.id, {
        grond: 'kennelijk-niet-ontvankelijk',
        toelichting: 'Er zijn geen gronden en die volgen ook niet.',
      });
    },
  ];
  stappen.push(
    // 12. Called; whether to hear the person is still to be settled (phase gebeld).
    async (l) => {
      const x = await dienBezwaarIn(o, burger(l.bsn), { beschikkingId: Number(l.id), gronden });
      await pak(x.bezwaar.zaakId);
      await legBezwaarGesprekVast(o, ctx(), x.bezwaar.id, {
        uitkomst: 'Mevrouw stuurt haar jaaropgave nog op. Daarna bellen wij of zij gehoord wil worden.',
        ingetrokken: false,
      });
    },
    // 13. Heard, ready to decide (phase te-beslissen).
    async (m) => {
      const x = await dienBezwaarIn(o, burger(m.bsn), { beschikkingId: Number(m.id), gronden });
      await pak(x.bezwaar.zaakId);
      await legBezwaarGesprekVast(o, ctx(), x.bezwaar.id, {
        uitkomst: 'Meneer wil zijn bezwaar toelichten in een gesprek.',
        ingetrokken: false,
      });
      await planBezwaarHoorzitting(o, ctx(), x.bezwaar.id, { op: o.klok().slice(0, 10) });
      await legBezwaarHoorzittingVast(o, ctx(), x.bezwaar.id, {
        verslag:
          'Meneer lichtte toe dat zijn uren in het najaar zijn verminderd. Hij stuurt geen stukken meer.',
      });
    },
  );
  for (const [i, k] of kandidaten.rows.entries()) await stappen[i]!(k);
}

/**
 * A late objection by post, received today, against a run's letter whose objection term ended, in
 * behandelaar-6's hands and waiting for the 6:11 judgement. Once: not when there is a late objection
 * already; nothing when no letter is old enough yet. Returns whether there is one now.
 */
export async function zaaiDemoTeLaatBezwaar(o: Omgeving): Promise<boolean> {
  const al = await o.db.query('SELECT id FROM bezwaar WHERE NOT tijdig LIMIT 1');
  if (al.rows.length > 0) return true;
  const vandaag = o.klok().slice(0, 10);
  const kandidaten = await o.db.query<{ id: string; briefdatum: string }>(
    `SELECT b.id, to_char(b.aangemaakt_op AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS briefdatum FROM beschikking b
      WHERE b.status = 'vastgesteld' AND b.aanleiding = 'run' AND b.aangemaakt_op < $1::timestamptz - interval '42 days'
        AND NOT EXISTS (SELECT 1 FROM bezwaar z WHERE z.huishouden_id = b.huishouden_id)
      ORDER BY b.huishouden_id DESC, b.id LIMIT 1`,
    [o.klok()],
  );
  const x = kandidaten.rows[0];
  if (!x || bezwaartermijn(x.briefdatum).laatsteDag >= vandaag) return false;
  const mw = (
    await inloggenMedewerker(o, { gebruikersnaam: 'behandelaar-6', wachtwoord: 'demo-behandelaar-6' })
  ).sessie;
  const ctx = (): Context => ({ sessie: mw, trace: nieuweTrace() });
  const r = await registreerBezwaar(o, ctx(), {
    beschikkingId: Number(x.id),
    kanaal: 'post',
    ontvangenOp: vandaag,
    gepostOp: vandaag,
    gronden:
      'Ik was lang in het buitenland voor de zorg van mijn moeder en las uw brief pas toen ik terug was. Mijn inkomen is lager dan u rekent.',
  });
  const z = (await zaakDetail(o, ctx(), r.bezwaar.zaakId)).zaak;
  await claimZaak(o, ctx(), z.id, z.versie);
  return true;
}
