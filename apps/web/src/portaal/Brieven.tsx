/**
 * @module
 * "Mijn brieven" (issue 13): the citizen's letters by date with their subject, each opened as an
 * accessible page (the letter's own HTML, with its one h1) or downloaded as the PDF. The letter's
 * HTML comes from @regelmaat/brieven, which escapes every text it is filled with.
 */
import type { BezwaarOverzicht, BriefInLijst } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import type { PaginaContext } from '../components/Layout';
import { Layout } from '../components/Layout';
import { Alert, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { datum } from '../opmaak';
import { t } from '../teksten';
import { BezwaarBrieven } from './BezwaarStand';
import { Lijstpagina } from './Lijstpagina';

export function MijnBrieven({
  ctx,
  brieven,
  bezwaren = [],
}: {
  ctx: PaginaContext;
  brieven: readonly BriefInLijst[];
  /** The objections, whose letters follow the decision letters (issue 14). */
  bezwaren?: readonly BezwaarOverzicht[];
}) {
  return (
    <Lijstpagina
      ctx={ctx}
      titel={t('brieven.titel')}
      intro={t('brieven.intro')}
      leeg={brieven.length === 0 ? t('brieven.leeg') : undefined}
    >
      <Tabel
        bijschrift={t('brieven.tabel')}
        kolommen={[t('brieven.datum'), t('brieven.onderwerp'), t('brieven.pdf')]}
      >
        {brieven.map((b) => (
          <tr key={b.beschikkingId} data-brief={b.beschikkingId}>
            <td>{datum(b.briefdatum)}</td>
            <th scope="row">
              <Link href={`/mijn/brieven/${b.beschikkingId}`}>{b.onderwerp}</Link>
            </th>
            <td>
              <Link
                href={`/mijn/brieven/${b.beschikkingId}/pdf`}
                aria-label={`${b.onderwerp}: ${t('brieven.pdfLink')}`}
              >
                {t('brieven.pdfLink')}
              </Link>
            </td>
          </tr>
        ))}
      </Tabel>
      <BezwaarBrieven bezwaren={bezwaren} />
    </Lijstpagina>
  );
}

/** One letter as a page: the way back, the PDF, and the letter itself. */
export function BriefPagina({
  ctx,
  onderwerp,
  html,
  pdfHref,
  terugHref,
  terugTekst,
  melding,
  bezwaarHref,
}: {
  ctx: PaginaContext;
  onderwerp: string;
  /** The letter's `<article>` from `briefHtmlFragment` (escaped there). */
  html: string;
  pdfHref?: string;
  terugHref: string;
  terugTekst: string;
  /** A notice above the letter (a preview that is not sent yet). */
  melding?: string;
  /** The citizen's way to object against the decision of this letter (issue 14). */
  bezwaarHref?: string;
}) {
  return (
    <Layout ctx={ctx} titel={onderwerp}>
      <Paragraph>
        <Link href={terugHref}>{terugTekst}</Link>
        {pdfHref ? (
          <>
            {' · '}
            <Link href={pdfHref}>{t('brief.pdf')}</Link>
          </>
        ) : null}
      </Paragraph>
      {melding ? (
        <Alert type="info">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      {/* The letter's HTML is built by @regelmaat/brieven, which escapes every value it is filled with. */}
      <div className="rm-brief" dangerouslySetInnerHTML={{ __html: html }} />
      {bezwaarHref ? (
        <Paragraph>
          <Link href={bezwaarHref}>{t('bezwaar.link')}</Link>
        </Paragraph>
      ) : null}
    </Layout>
  );
}
