/**
 * @module
 * `/werk/begeleiding`: a personal guide's caseload (issue 15) — the households they guide, what is
 * open, the contact moments over two to three months, and a note per contact moment that took place.
 * Only the guide's own caseload (a team lead of Invordering may look at a guide's); the service
 * decides.
 */
import type { CaseloadRegel } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Alert, Heading, Paragraph } from '../../components/nlds';
import { Tabel } from '../../components/Tabel';
import { datum, euroCenten } from '../../opmaak';
import { t } from '../../teksten';

function Huishouden({ r, csrf, eigen }: { r: CaseloadRegel; csrf: string; eigen: boolean }) {
  const kop = `begeleiding-${r.begeleidingId}`;
  return (
    <section aria-labelledby={kop} data-begeleiding={r.begeleidingId}>
      <Heading level={2} id={kop}>
        {`BSN ${r.bsn}`}
      </Heading>
      <Paragraph>
        {t('werk.begeleiding.open', { bedrag: euroCenten(r.open) })}{' '}
        <Link href={`/werk/invordering?bsn=${encodeURIComponent(r.bsn)}`}>
          {t('werk.begeleiding.grootboek')}
        </Link>
      </Paragraph>
      <Tabel
        bijschrift={t('werk.begeleiding.momenten', { bsn: r.bsn })}
        kolommen={[t('werk.begeleiding.gepland'), t('werk.begeleiding.notitie')]}
      >
        {r.contactmomenten.map((m) => (
          <tr key={m.id}>
            <th scope="row">{datum(m.geplandOp)}</th>
            <td>
              {m.notitie ??
                (eigen ? (
                  <PostFormulier action={`/werk/begeleiding/contactmomenten/${m.id}`} csrf={csrf}>
                    <label htmlFor={`notitie-${m.id}`}>
                      {t('werk.begeleiding.notitieLabel', { datum: datum(m.geplandOp) })}
                    </label>
                    <textarea id={`notitie-${m.id}`} name="notitie" rows={2} maxLength={2000} required />
                    <Knoppen>
                      <Verzendknop soort="secundair">{t('werk.begeleiding.noteer')}</Verzendknop>
                    </Knoppen>
                  </PostFormulier>
                ) : (
                  t('werk.begeleiding.nogGeen')
                ))}
            </td>
          </tr>
        ))}
      </Tabel>
    </section>
  );
}

export function CaseloadPagina({
  ctx,
  naam,
  regels,
  eigen,
  genoteerd,
}: {
  ctx: PaginaContext;
  naam: string;
  regels: readonly CaseloadRegel[];
  eigen: boolean;
  genoteerd?: boolean;
}) {
  return (
    <Layout ctx={ctx} titel={t('werk.begeleiding.titel')}>
      <Heading level={1}>{t('werk.begeleiding.titel')}</Heading>
      {genoteerd ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('werk.begeleiding.genoteerd')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        {regels.length === 0
          ? t('werk.begeleiding.leeg', { naam })
          : t('werk.begeleiding.aantal', { naam, aantal: String(regels.length) })}
      </Paragraph>
      {regels.map((r) => (
        <Huishouden key={r.begeleidingId} r={r} csrf={ctx.csrf} eigen={eigen} />
      ))}
    </Layout>
  );
}
