/**
 * @module
 * The estimated (advance) toetsingsinkomen of the applicant and the toeslagpartner, in euros, from
 * facts already known at a moment — exactly what `huishoudenUitBekendeFeiten(feiten, jaar,
 * 'schatting')` puts in `invoer.aanvrager.toetsingsinkomen` and `invoer.toeslagpartner
 * .toetsingsinkomen` (Awir art. 8: the estimate for the advance), without building the whole
 * household a second time. The definitive run needs it only for the exception rules, which
 * compare the estimated with the definitive income. The property test in
 * huishouden-uit-bekende-feiten.test.ts checks it equals the full path.
 */
import type { Feit, FeitWaarden } from './feit';

function bedrag(f: Feit | undefined): number {
  return f ? (f.waarde as FeitWaarden['inkomen_schatting']).bedrag : 0;
}

/** The applicant's and the partner's estimated income for `jaar` (euros; 0 where none is known). */
export function geschatInkomenUitBekendeFeiten(
  feiten: readonly Feit[],
  jaar: number,
): { aanvrager: number; toeslagpartner?: number } {
  // As huishoudenUitBekendeFeiten: the last persoon fact of each role names the person.
  let aanvrager: string | undefined;
  let partner: string | undefined;
  let partnerFeit = false;
  for (let i = 0; i < feiten.length; i++) {
    const f = feiten[i]!;
    if (f.soort !== 'persoon') continue;
    const rol = (f.waarde as FeitWaarden['persoon']).rol;
    if (rol === 'aanvrager') aanvrager = f.persoonBsn;
    else if (rol === 'toeslagpartner') {
      partnerFeit = true;
      partner = f.persoonBsn;
    }
  }
  if (!aanvrager) throw new Error('dossier zonder aanvrager');
  // The newest estimate of the year per person (on a tie the later fact wins).
  let a: Feit | undefined;
  let p: Feit | undefined;
  for (let i = 0; i < feiten.length; i++) {
    const f = feiten[i]!;
    if (f.soort !== 'inkomen_schatting' || (f.waarde as { jaar?: number }).jaar !== jaar) continue;
    if (f.persoonBsn === aanvrager && (!a || f.geregistreerdOp >= a.geregistreerdOp)) a = f;
    if (partner && f.persoonBsn === partner && (!p || f.geregistreerdOp >= p.geregistreerdOp)) p = f;
  }
  return partnerFeit && partner
    ? { aanvrager: bedrag(a), toeslagpartner: bedrag(p) }
    : { aanvrager: bedrag(a) };
}
