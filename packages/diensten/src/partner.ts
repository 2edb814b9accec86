/**
 * @module
 * Partner feeds (first part of C9): a childcare provider reports the hours it provided for a child
 * in a year, month by month. A partner may write facts only about its own clients (households
 * linked to its client id). A report that equals what is known changes nothing (idempotent
 * delivery); a different one supersedes the earlier report of that child and year.
 */
import { isKlantVan } from '@regelmaat/toegang';
import { leesDossierFeiten, zoekHuishouden } from '@regelmaat/verwerking';
import { type Context, vereis } from './context';
import { schrijfFeiten } from './feiten-schrijven';
import { Geweigerd, Ongeldig } from './fouten';
import type { Omgeving } from './omgeving';
import { log } from './verwerkingslog';

export interface OpvangurenMelding {
  /** BSN of the child. */
  kindBsn: string;
  jaar: number;
  soort: 'dagopvang' | 'buitenschoolse-opvang' | 'gastouderopvang';
  /** Hours per month, januari..december (0 = no care that month). */
  uren: number[];
}

export async function meldOpvanguren(
  o: Omgeving,
  ctx: Context,
  m: OpvangurenMelding,
): Promise<{ verwerkt: boolean; melding: string }> {
  const s = vereis(ctx, 'feit:melden');
  const op = o.klok();
  const huishoudenId = await zoekHuishouden(o.db, m.kindBsn);
  // An unknown child and a child of another provider's client get the same answer.
  if (huishoudenId === undefined || !(await isKlantVan(o.db, s.clientId!, huishoudenId))) {
    throw new Geweigerd('Dit kind hoort niet bij een klant van uw organisatie.');
  }
  return o.db.transaction(async (tx) => {
    const feiten = await leesDossierFeiten(tx, huishoudenId);
    const kind = feiten.find(
      (f) =>
        f.soort === 'persoon' && f.persoonBsn === m.kindBsn && (f.waarde as { rol: string }).rol === 'kind',
    );
    if (!kind) throw new Ongeldig([{ naam: 'kindBsn', reden: 'is geen kind in dit huishouden' }]);
    const oud = feiten.filter(
      (f) =>
        f.soort === 'opvanguren_aanbieder' &&
        !f.vervallenOp &&
        f.persoonBsn === m.kindBsn &&
        (f.waarde as { jaar: number }).jaar === m.jaar,
    );
    const gelijk = oud.some((f) => {
      const w = f.waarde as { soort: string; uren: number[] };
      return w.soort === m.soort && w.uren.join() === m.uren.join();
    });
    if (gelijk) return { verwerkt: false, melding: 'Deze uren waren al bekend; er is niets gewijzigd.' };
    await schrijfFeiten(
      tx,
      huishoudenId,
      [
        {
          soort: 'opvanguren_aanbieder',
          persoonBsn: m.kindBsn,
          waarde: { jaar: m.jaar, soort: m.soort, uren: m.uren },
          bron: 'aanbieder',
          geregistreerdOp: op,
        },
      ],
      oud.map((f) => f.id),
      op,
    );
    await log(o, ctx, tx, 'partner-feit-melden', 'opvanguren gemeld', [m.kindBsn], op);
    return { verwerkt: true, melding: 'De uren zijn verwerkt.' };
  });
}
