/**
 * @module
 * "Wat is er met mijn gegevens gedaan?" (C10, C15; AVG art. 15 right of access): the processing
 * log for the citizen's own BSN — when, what, why and on which legal ground — without the names of
 * staff. Newest first. Looking at this page is itself recorded.
 */
import type { VerwerkingRegel } from '@regelmaat/logboek';
import type { PaginaContext } from '../components/Layout';
import { Tabel } from '../components/Tabel';
import { moment } from '../opmaak';
import { t } from '../teksten';
import { Lijstpagina } from './Lijstpagina';

export function MijnGegevens({ ctx, regels }: { ctx: PaginaContext; regels: readonly VerwerkingRegel[] }) {
  return (
    <Lijstpagina
      ctx={ctx}
      titel={t('gegevens.titel')}
      intro={t('gegevens.intro')}
      leeg={regels.length === 0 ? t('gegevens.leeg') : undefined}
    >
      <Tabel
        bijschrift={t('gegevens.tabel')}
        kolommen={[t('gegevens.wanneer'), t('gegevens.wat'), t('gegevens.waarom'), t('gegevens.wet')]}
      >
        {regels.map((r) => (
          <tr key={`${r.traceId}-${r.spanId}`}>
            <td>{moment(r.start)}</td>
            <th scope="row">{r.activiteit.naam}</th>
            <td>{r.activiteit.doel}</td>
            <td>{r.activiteit.grondslag.map((g) => `${g.wet} artikel ${g.artikel}`).join('; ')}</td>
          </tr>
        ))}
      </Tabel>
    </Lijstpagina>
  );
}
