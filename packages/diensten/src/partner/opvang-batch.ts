/**
 * @module
 * A childcare provider's monthly batch (Awir art. 38 lid 4/5: by the 15th of each month): one
 * request with many rows, one result per row, in the order sent. Each row is one report, handled
 * exactly as `POST /partner/opvanguren` handles it — in its own transaction, so a bad row (invalid,
 * not a client, a conflict) is answered for that row and the other rows still count. A repeated
 * batch changes nothing: each row carries its own report id.
 */

import { DienstFout, Geweigerd, type OngeldigVeld } from '@regelmaat/kernel';
import { kindSpan } from '@regelmaat/logboek';
import type { Context } from '../context';
import { vereis } from '../context';
import type { Omgeving } from '../omgeving';
import { type MeldingAntwoord, type MeldingUitkomst, meldOpvanguren } from '../partner';
import { OpvangMeldingVerzoek } from '../verzoeken/partner';
import { veldenUitZod } from '../verzoeken/valideer';

export type RijResultaat =
  | ({ rij: number; status: 200 } & MeldingAntwoord)
  | { rij: number; status: number; code: string; melding: string; velden?: OngeldigVeld[] };

export interface BatchAntwoord {
  aantal: number;
  /** How many rows ended in each outcome (200) or error code. */
  telling: Record<string, number>;
  /** New advance decisions over all rows. */
  beschikkingen: number;
  rijen: RijResultaat[];
}

export async function meldOpvangBatch(
  o: Omgeving,
  ctx: Context,
  vraag: { rijen: readonly unknown[] },
): Promise<BatchAntwoord> {
  const s = vereis(ctx, 'feit:melden');
  if (!s.clientId) throw new Geweigerd('Alleen een partnerorganisatie meldt opvanguren.');
  const rijen: RijResultaat[] = [];
  const telling: Record<string, number> = {};
  let beschikkingen = 0;
  for (let i = 0; i < vraag.rijen.length; i++) {
    const invoer = vraag.rijen[i];
    let r: RijResultaat;
    const p = OpvangMeldingVerzoek.safeParse(invoer);
    if (!p.success) {
      const velden = veldenUitZod(p.error, invoer, `rijen[${i}]`);
      r = {
        rij: i,
        status: 400,
        code: 'ongeldige-invoer',
        melding: velden.map((v) => `${v.naam}: ${v.reden}`).join('; '),
        velden,
      };
    } else {
      try {
        // Each row is its own operation in the processing log: a child span of the request.
        const a = await meldOpvanguren(o, { ...ctx, trace: kindSpan(ctx.trace) }, p.data);
        beschikkingen += a.beschikkingen.length;
        r = { rij: i, status: 200, ...a };
      } catch (e) {
        if (!(e instanceof DienstFout)) throw e;
        r = {
          rij: i,
          status: e.status,
          code: e.code,
          melding: e.message,
          ...('velden' in e ? { velden: (e as { velden: OngeldigVeld[] }).velden } : {}),
        };
      }
    }
    const sleutel: MeldingUitkomst | string =
      r.status === 200 ? (r as MeldingAntwoord).uitkomst : (r as { code: string }).code;
    telling[sleutel] = (telling[sleutel] ?? 0) + 1;
    rijen.push(r);
  }
  return { aantal: rijen.length, telling, beschikkingen, rijen };
}
