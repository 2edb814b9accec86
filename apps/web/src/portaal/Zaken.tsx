/**
 * @module
 * "Mijn zaken" (C10): the citizen's own cases with what they are about, their status in plain
 * words and the date by which we expect to be done (the case type's service norm).
 */
import type { BezwaarOverzicht } from '@regelmaat/diensten';
import type { Zaak } from '@regelmaat/zaken';
import type { PaginaContext } from '../components/Layout';
import { Tabel } from '../components/Tabel';
import { datum } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { MijnBezwaren } from './BezwaarStand';
import { Lijstpagina } from './Lijstpagina';

const STATUS: Record<Zaak['status'], TekstKey> = {
  open: 'zaken.status.open',
  'in-behandeling': 'zaken.status.inBehandeling',
  'wacht-op-goedkeuring': 'zaken.status.wacht',
  afgerond: 'zaken.status.afgerond',
};

const SOORT: Record<Zaak['soort'], TekstKey> = {
  'uitval-controle': 'zaken.soort.controle',
  'maatwerk-verzoek': 'zaken.soort.maatwerk',
  'hoorzitting-terugvordering': 'zaken.soort.terugvordering',
  contactverzoek: 'zaken.soort.contact',
  'partner-verificatie': 'zaken.soort.partner',
  'partner-conflict': 'zaken.soort.partnerConflict',
  'kot-tabel-onzeker': 'zaken.soort.kotTabel',
  bezwaar: 'zaken.soort.bezwaar',
  'opvang-afwijking': 'zaken.soort.opvangAfwijking',
};

export function MijnZaken({
  ctx,
  zaken,
  bezwaren = [],
}: {
  ctx: PaginaContext;
  zaken: readonly Zaak[];
  /** The objections with their steps (issue 14), shown below the table. */
  bezwaren?: readonly BezwaarOverzicht[];
}) {
  return (
    <Lijstpagina
      ctx={ctx}
      titel={t('zaken.titel')}
      intro={t('zaken.intro')}
      leeg={zaken.length === 0 ? t('zaken.leeg') : undefined}
    >
      <Tabel
        bijschrift={t('zaken.tabel')}
        kolommen={[t('zaken.wat'), t('zaken.status'), t('zaken.verwacht')]}
      >
        {zaken.map((z) => (
          <tr key={z.id} data-zaak={z.id}>
            <th scope="row">{t(SOORT[z.soort])}</th>
            <td>{t(STATUS[z.status])}</td>
            <td>
              {z.status === 'afgerond' && z.afgerondOp
                ? t('zaken.klaarOp', { datum: datum(z.afgerondOp) })
                : datum(z.termijn)}
            </td>
          </tr>
        ))}
      </Tabel>
      <MijnBezwaren bezwaren={bezwaren} />
    </Lijstpagina>
  );
}
