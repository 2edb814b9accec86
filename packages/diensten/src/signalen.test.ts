/**
 * Signals on the services (issue 17): a level-3 maatwerk decision raises one in its own
 * transaction; the team lead of the raiser's team routes it (not another team's lead); the policy
 * owner answers, seeing the example case only under a pseudonym; the raiser sees the answer.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { Conflict, Geweigerd } from '@regelmaat/kernel';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { maakZaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import { legMaatwerkbesluitVast } from './maatwerk';
import { inloggenMedewerker } from './sessies';
import {
  beantwoordSignaal,
  meldSignaal,
  signaalDetail,
  signaalThemaOverzicht,
  signalenOverzicht,
  triageerSignaal,
} from './signalen';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from './testing/test-omgeving';
import { claimZaak } from './werk';

describeEachDatabase('signals on the services on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    for (const n of [
      'behandelaar-3',
      'behandelaar-1',
      'teamleider-1',
      'teamleider-2',
      'beleidsmedewerker-1',
      'auditor-1',
    ])
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('raises a signal from a level-3 maatwerk decision, routes it, answers it, and shows the answer', async () => {
    const z = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId: 1, onderwerp: 'Maatwerk', redenen: ['SCHATTING_WIJKT_AF'] },
      { id: 'systeem', rol: 'systeem' },
      t.o.klok(),
    );
    const geclaimd = await claimZaak(t.o, als('behandelaar-3'), z.id, z.versie);
    const uit = await legMaatwerkbesluitVast(t.o, als('behandelaar-3'), {
      zaakId: geclaimd.id,
      regeling: 'zorgtoeslag',
      jaar: 2026,
      afwijking: { bedrag: 10_000 },
      grondslag: 'awir-13b',
      afweging: 'De regel pakt voor deze groep onredelijk uit.',
      vragen: {
        rechtvaardig: 'Nee: de regel raakt wie niets fout deed.',
        samen: 'Ja.',
        aanspreekbaar: 'Ja.',
      },
      niveau: 'structureel',
    });
    expect(uit.signaalId).toBeGreaterThan(0);
    // A level-1 decision raises none.
    const lijst = await signalenOverzicht(t.o, als('behandelaar-3'));
    expect(lijst.mijn.map((s) => s.id)).toEqual([uit.signaalId]);
    const s = lijst.mijn[0]!;
    expect(s).toMatchObject({
      bron: 'maatwerk',
      thema: 'zorgtoeslag',
      status: 'nieuw',
      team: 'maatwerk',
      zaakId: z.id,
    });
    expect(s.omschrijving).toContain('Maatwerk op niveau 3');
    expect(s.omschrijving.replace(/\u00a0/g, ' ')).toContain('het maatwerkbesluit € 100,00');
    expect(s.waarom).toBe('Nee: de regel raakt wie niets fout deed.');
    // Logged for the household of the example case.
    const log = await verwerkingenVan(db, t.bsn1, SLEUTELS.pseudoniem, { metActor: false });
    expect(log.map((r) => r.naam)).toContain('signaal bij maatwerk niveau 3');

    // The lead of another team does not see it and may not route it.
    expect((await signalenOverzicht(t.o, als('teamleider-1'))).triage.map((x) => x.id)).not.toContain(s.id);
    await expect(
      triageerSignaal(t.o, als('teamleider-1'), s.id, { versie: 1, besluit: 'doorzetten', toelichting: 'x' }),
    ).rejects.toBeInstanceOf(Conflict);
    // A case worker and the policy owner may not triage at all (403 before anything).
    await expect(
      triageerSignaal(t.o, als('behandelaar-3'), s.id, {
        versie: 1,
        besluit: 'doorzetten',
        toelichting: 'x',
      }),
    ).rejects.toBeInstanceOf(Geweigerd);
    expect((await signalenOverzicht(t.o, als('teamleider-2'))).triage.map((x) => x.id)).toContain(s.id);
    await triageerSignaal(t.o, als('teamleider-2'), s.id, {
      versie: 1,
      besluit: 'doorzetten',
      toelichting: 'Structureel.',
    });

    // The policy owner sees it in the inbox, with the example case under a pseudonym only.
    const inbox = await signalenOverzicht(t.o, als('beleidsmedewerker-1'));
    const bijBeleid = inbox.beantwoorden.find((x) => x.id === s.id)!;
    expect(bijBeleid.zaakId).toBeUndefined();
    expect(bijBeleid.besluitId).toBeUndefined();
    expect(bijBeleid.voorbeelden).toEqual([
      {
        pseudoniem: expect.stringMatching(/^V-[0-9a-f]{8}$/),
        soort: 'maatwerk-verzoek',
        regeling: null,
        jaar: null,
        redenen: ['SCHATTING_WIJKT_AF'],
      },
    ]);
    expect(JSON.stringify(bijBeleid)).not.toContain(`"zaakId":${z.id}`);
    // A team lead sees the same pseudonym and the case number.
    const bijLeider = await signaalDetail(t.o, als('teamleider-2'), s.id);
    expect(bijLeider.voorbeelden[0]).toMatchObject({
      zaakId: z.id,
      pseudoniem: bijBeleid.voorbeelden[0]!.pseudoniem,
    });
    await expect(
      beantwoordSignaal(t.o, als('teamleider-2'), s.id, { versie: 2, soort: 'niets', antwoord: 'x' }),
    ).rejects.toBeInstanceOf(Geweigerd);
    await beantwoordSignaal(t.o, als('beleidsmedewerker-1'), s.id, {
      versie: 2,
      soort: 'wijzigingsvoorstel',
      antwoord: 'Wij stellen voor de drempel te verlagen.',
    });
    const terug = (await signalenOverzicht(t.o, als('behandelaar-3'))).mijn[0]!;
    expect(terug).toMatchObject({
      status: 'beantwoord',
      antwoord: { soort: 'wijzigingsvoorstel', tekst: 'Wij stellen voor de drempel te verlagen.' },
    });
    // Everyone who reads signals sees the change under its theme; an auditor changes nothing.
    const themas = await signaalThemaOverzicht(t.o, als('auditor-1'));
    expect(themas.find((x) => x.thema === 'zorgtoeslag')?.wijzigingen.map((w) => w.signaalId)).toContain(
      s.id,
    );
    await expect(
      meldSignaal(t.o, als('auditor-1'), { thema: 'overig', omschrijving: 'x' }),
    ).rejects.toBeInstanceOf(Geweigerd);
  });
});
