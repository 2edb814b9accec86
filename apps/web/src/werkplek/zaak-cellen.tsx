/**
 * @module
 * How a case's assignee and due date read wherever the workspace shows a case (queue, bulk
 * reassignment, case view): the case worker by name or "niemand", and the due date with a
 * "(te laat)" mark when the service norm has passed (C5: due dates from the case type).
 */
import type { Zaak } from '@regelmaat/zaken';
import { datum } from '../opmaak';
import { t } from '../teksten';
import { wie } from './weergave';

/** The case worker by name, or "niemand" when the case is in the team queue. */
export function behandelaarNaam(z: Pick<Zaak, 'behandelaar'>, namen: ReadonlyMap<string, string>): string {
  return z.behandelaar ? wie(namen, z.behandelaar) : t('werk.niemand');
}

/**
 * The due date, with the late mark, the warning two working days before it ("bijna te laat"), a
 * suspension (until when) and the expected completion at the team's pace (issue 20): in words, not
 * only colour.
 */
export function Termijn({
  zaak,
}: {
  zaak: Pick<Zaak, 'termijn'> &
    Partial<Pick<Zaak, 'teLaat' | 'bijnaTeLaat' | 'opschorting'>> & { verwachtKlaar?: string };
}) {
  return (
    <>
      {datum(zaak.termijn)}
      {zaak.teLaat ? <span className="rm-te-laat"> {t('werk.teLaat')}</span> : null}
      {zaak.bijnaTeLaat ? <span className="rm-bijna-te-laat"> {t('werk.bijnaTeLaat')}</span> : null}
      {zaak.opschorting ? (
        <span className="rm-opgeschort">
          {' '}
          {t('werk.opgeschortTot', { datum: datum(zaak.opschorting.tot) })}
        </span>
      ) : null}
      {zaak.verwachtKlaar ? (
        <span className="rm-verwacht"> {t('werk.verwachtKlaar', { datum: datum(zaak.verwachtKlaar) })}</span>
      ) : null}
    </>
  );
}
