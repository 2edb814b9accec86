/**
 * @module
 * "Wat is er met mijn gegevens gedaan?" (C10, C15; AVG art. 15 right of access): the processing
 * log for the citizen's own BSN, grouped per month, activity and the kind of person or part of the
 * organisation that acted (never a staff member's name), with how often and when last; what each
 * activity was for in B1 words; the legal ground as the register has it. Newest month first, 20
 * groups a page. Looking at this page is itself recorded.
 */

import { MONTH_NAMES } from '@regelmaat/kernel';
import type { VerwerkingenOverzicht } from '@regelmaat/logboek';
import { Link } from '@utrecht/link-react';
import type { PaginaContext } from '../components/Layout';
import { Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { moment } from '../opmaak';
import { t, VERWERKING_ROL, VERWERKING_ROL_ONBEKEND, VERWERKING_UITLEG } from '../teksten';
import { Lijstpagina } from './Lijstpagina';

const maandTekst = (maand: string): string =>
  `${MONTH_NAMES[Number(maand.slice(5, 7)) - 1]} ${maand.slice(0, 4)}`;

const uitleg = (id: string, doel: string): string =>
  VERWERKING_UITLEG[id.slice(id.lastIndexOf('/') + 1) as keyof typeof VERWERKING_UITLEG] ?? doel;

export function MijnGegevens({
  ctx,
  overzicht,
}: {
  ctx: PaginaContext;
  overzicht: VerwerkingenOverzicht & { pagina: number; perPagina: number };
}) {
  const { groepen, totaal, pagina, perPagina } = overzicht;
  const paginas = Math.max(1, Math.ceil(totaal / perPagina));
  return (
    <Lijstpagina
      ctx={ctx}
      titel={t('gegevens.titel')}
      intro={t('gegevens.intro')}
      leeg={totaal === 0 ? t('gegevens.leeg') : undefined}
    >
      <Paragraph>{t('gegevens.groep')}</Paragraph>
      <Tabel
        bijschrift={t('gegevens.tabel')}
        kolommen={[
          t('gegevens.wanneer'),
          t('gegevens.wat'),
          t('gegevens.wie'),
          t('gegevens.hoeVaak'),
          t('gegevens.wet'),
        ]}
      >
        {groepen.map((g) => (
          <tr key={`${g.maand}-${g.activiteit.id}-${g.rol}`} data-activiteit={g.activiteit.id}>
            <td>{maandTekst(g.maand)}</td>
            <th scope="row">{uitleg(g.activiteit.id, g.activiteit.doel)}</th>
            <td>{g.rol ? (VERWERKING_ROL[g.rol] ?? g.rol) : VERWERKING_ROL_ONBEKEND}</td>
            <td>
              {g.aantal === 1 ? t('gegevens.keerEen') : t('gegevens.keer', { aantal: g.aantal })},{' '}
              {t('gegevens.laatst', { moment: moment(g.laatste) })}
            </td>
            <td>{g.activiteit.grondslag.map((x) => `${x.wet} ${x.artikel}`).join('; ')}</td>
          </tr>
        ))}
      </Tabel>
      {paginas > 1 ? (
        <nav aria-label={t('gegevens.paginering')}>
          <Paragraph>{t('gegevens.pagina', { pagina, van: paginas })}</Paragraph>
          <Paragraph>
            {pagina > 1 ? (
              <Link href={`/mijn/gegevens?pagina=${pagina - 1}`}>{t('gegevens.vorige')}</Link>
            ) : null}
            {pagina > 1 && pagina < paginas ? ' · ' : null}
            {pagina < paginas ? (
              <Link href={`/mijn/gegevens?pagina=${pagina + 1}`}>{t('gegevens.volgende')}</Link>
            ) : null}
          </Paragraph>
        </nav>
      ) : null}
    </Lijstpagina>
  );
}
