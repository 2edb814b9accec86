/**
 * Signals (C7, issue 17): raised with a theme and example cases, triaged by the team lead of the
 * raiser's team, answered by the policy owner; each step refused to anyone else and on a stale
 * version, and the counts per theme.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { bewaarScenario } from './scenario';
import { maakSignaal } from './signaal';
import {
  signaalThemas,
  signalenMetStatus,
  signalenVan,
  signalenVanScenario,
  voorbeeldFeiten,
} from './signaal-lezen';
import { beantwoordSignaal, triageerSignaal, vulSignaalAan } from './signaal-stappen';
import { ANNA, BART, maakHuishoudens, NU, TEAMLEIDER } from './testing/testdata';
import { uitkomst, waarde } from './testing/uitkomst';
import type { Actor } from './typen';

const BELEID: Actor = { id: 'fleur', rol: 'beleidsmedewerker', team: 'vaktechniek' };
const ANDER_TEAMLEIDER: Actor = { id: 'dewi', rol: 'teamleider', team: 'uitval' };
const LATER = '2026-03-16T10:00:00.000Z';

describeEachDatabase('signals on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1, 2]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('goes from a case to triage, more information, routing and an answer, each by its own role', async () => {
    const z1 = await maakZaak(
      db,
      {
        soort: 'maatwerk-verzoek',
        huishoudenId: 1,
        onderwerp: 'A',
        redenen: ['X'],
        regeling: 'zorgtoeslag',
        jaar: 2026,
      },
      ANNA,
      NU,
    );
    const z2 = await maakZaak(db, { soort: 'maatwerk-verzoek', huishoudenId: 2, onderwerp: 'B' }, ANNA, NU);
    expect(await uitkomst(maakSignaal(db, { thema: 'onbekend', omschrijving: 'x' }, ANNA, NU))).toMatchObject(
      {
        ok: false,
        code: 'ongeldige-invoer',
      },
    );
    expect(
      await uitkomst(
        maakSignaal(db, { thema: 'zorgtoeslag', omschrijving: 'x', voorbeelden: [999_999] }, ANNA, NU),
      ),
    ).toMatchObject({ ok: false, code: 'niet-gevonden' });
    // The policy owner raises signals, but links no cases (they read none).
    expect(
      await uitkomst(maakSignaal(db, { thema: 'zorgtoeslag', omschrijving: 'x', zaakId: z1.id }, BELEID, NU)),
    ).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    expect(
      await uitkomst(
        maakSignaal(db, { thema: 'zorgtoeslag', omschrijving: 'x' }, { id: 'a', rol: 'auditor' }, NU),
      ),
    ).toMatchObject({ ok: false, code: 'niet-toegestaan' });

    const s = waarde(
      await uitkomst(
        maakSignaal(
          db,
          {
            zaakId: z1.id,
            thema: 'zorgtoeslag',
            omschrijving: 'De regel raakt X.',
            waarom: 'Geen eigen fout.',
            voorbeelden: [z2.id, z1.id],
          },
          ANNA,
          NU,
        ),
      ),
    );
    expect(s).toMatchObject({
      status: 'nieuw',
      team: 'maatwerk',
      versie: 1,
      voorbeelden: [z1.id, z2.id],
      waarom: 'Geen eigen fout.',
    });

    // Triage: not by a case worker, not by the lead of another team, not on a stale version.
    expect(
      await uitkomst(
        triageerSignaal(db, s.id, { versie: 1, besluit: 'doorzetten', toelichting: 'ok' }, BART, LATER),
      ),
    ).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    expect(
      await uitkomst(
        triageerSignaal(
          db,
          s.id,
          { versie: 1, besluit: 'doorzetten', toelichting: 'ok' },
          ANDER_TEAMLEIDER,
          LATER,
        ),
      ),
    ).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    expect(
      await uitkomst(
        triageerSignaal(db, s.id, { versie: 7, besluit: 'doorzetten', toelichting: 'ok' }, TEAMLEIDER, LATER),
      ),
    ).toMatchObject({ ok: false, code: 'versie-verouderd' });
    expect(
      await uitkomst(
        triageerSignaal(db, s.id, { versie: 1, besluit: 'dubbel', toelichting: 'ok' }, TEAMLEIDER, LATER),
      ),
    ).toMatchObject({ ok: false, code: 'ongeldige-invoer' });
    expect((await signalenMetStatus(db, { status: ['nieuw'], team: 'maatwerk' })).map((x) => x.id)).toContain(
      s.id,
    );
    expect(
      (await signalenMetStatus(db, { status: ['nieuw'], team: 'uitval' })).map((x) => x.id),
    ).not.toContain(s.id);

    const gevraagd = waarde(
      await uitkomst(
        triageerSignaal(
          db,
          s.id,
          { versie: 1, besluit: 'meer-informatie', toelichting: 'Hoe vaak?' },
          TEAMLEIDER,
          LATER,
        ),
      ),
    );
    expect(gevraagd).toMatchObject({
      status: 'meer-informatie',
      versie: 2,
      triage: { door: 'tess', toelichting: 'Hoe vaak?' },
    });
    // Only the raiser adds the information.
    expect(await uitkomst(vulSignaalAan(db, s.id, { versie: 2, aanvulling: 'Vaak.' }, BART))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    const aangevuld = waarde(
      await uitkomst(vulSignaalAan(db, s.id, { versie: 2, aanvulling: 'Tien keer per maand.' }, ANNA)),
    );
    expect(aangevuld).toMatchObject({ status: 'nieuw', aanvulling: 'Tien keer per maand.' });
    // Not answered before it is routed.
    expect(
      await uitkomst(
        beantwoordSignaal(db, s.id, { versie: 3, soort: 'niets', antwoord: 'x' }, BELEID, LATER),
      ),
    ).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    const doorgezet = waarde(
      await uitkomst(
        triageerSignaal(
          db,
          s.id,
          { versie: 3, besluit: 'doorzetten', toelichting: 'Structureel.' },
          TEAMLEIDER,
          LATER,
        ),
      ),
    );
    expect(doorgezet.status).toBe('doorgezet');
    // Answered by the policy owner only.
    expect(
      await uitkomst(
        beantwoordSignaal(db, s.id, { versie: 4, soort: 'werkinstructie', antwoord: 'x' }, TEAMLEIDER, LATER),
      ),
    ).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    // A scenario link must name a saved scenario (migration 034): one that does not exist is refused.
    expect(
      await uitkomst(
        beantwoordSignaal(
          db,
          s.id,
          { versie: 4, soort: 'wijzigingsvoorstel', antwoord: 'x', scenarioId: 999_999 },
          BELEID,
          LATER,
        ),
      ),
    ).toMatchObject({ ok: false, code: 'ongeldige-invoer', melding: expect.stringContaining('scenario') });
    const scenario = await bewaarScenario(
      db,
      {
        naam: 'Zorgtoeslag drempel 2027',
        auteur: 'fleur',
        datum: '2026-03-01',
        beschrijving: 'Een lagere drempel.',
        hervorming: 'jaar: 2026',
      },
      LATER,
    );
    const antwoord = waarde(
      await uitkomst(
        beantwoordSignaal(
          db,
          s.id,
          {
            versie: 4,
            soort: 'werkinstructie',
            antwoord: 'Nieuwe werkinstructie W-12.',
            scenarioId: scenario.id,
          },
          BELEID,
          LATER,
        ),
      ),
    );
    expect(antwoord).toMatchObject({
      status: 'beantwoord',
      antwoord: { soort: 'werkinstructie', tekst: 'Nieuwe werkinstructie W-12.', door: 'fleur', op: LATER },
      scenarioId: scenario.id,
      scenarioNotitie: null,
    });
    expect((await signaalThemas(db)).flatMap((x) => x.wijzigingen)).toContainEqual(
      expect.objectContaining({ signaalId: s.id, scenarioId: scenario.id }),
    );
    // The link both ways: the scenario knows the signals it answers.
    expect((await signalenVanScenario(db, scenario.id)).map((x) => x.id)).toEqual([s.id]);
    expect((await signalenVan(db, 'anna'))[0]).toMatchObject({ id: s.id, status: 'beantwoord' });

    // A duplicate points at the first; counts per theme show both and the change.
    const tweede = waarde(
      await uitkomst(maakSignaal(db, { thema: 'zorgtoeslag', omschrijving: 'Hetzelfde.' }, BART, NU)),
    );
    expect(
      await uitkomst(
        triageerSignaal(
          db,
          tweede.id,
          { versie: 1, besluit: 'dubbel', toelichting: 'Zie eerder', dubbelVan: tweede.id },
          TEAMLEIDER,
          LATER,
        ),
      ),
    ).toMatchObject({ ok: false, code: 'ongeldige-invoer' });
    waarde(
      await uitkomst(
        triageerSignaal(
          db,
          tweede.id,
          { versie: 1, besluit: 'dubbel', toelichting: 'Zie eerder', dubbelVan: s.id },
          TEAMLEIDER,
          LATER,
        ),
      ),
    );
    const themas = await signaalThemas(db);
    expect(themas.find((t) => t.thema === 'zorgtoeslag')).toMatchObject({
      totaal: 2,
      perStatus: { beantwoord: 1, dubbel: 1 },
      voorbeelden: 2,
      wijzigingen: [{ signaalId: s.id, soort: 'werkinstructie' }],
    });
    expect(await voorbeeldFeiten(db, [z1.id])).toEqual([
      { zaakId: z1.id, soort: 'maatwerk-verzoek', regeling: 'zorgtoeslag', jaar: 2026, redenen: ['X'] },
    ]);
  });
});
