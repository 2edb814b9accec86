/**
 * @module
 * The citizen's zienswijze pages (issue 15, Awir art. 26b): the letters in which we ask for their
 * view before a high recovery, and one letter with what they told us so far and a form to respond
 * (plain POST, works without JavaScript) while we have not decided. B1 texts in
 * `teksten/zienswijze.ts`; every sentence is chosen by the values it states.
 */
import type { ZienswijzeOverzicht } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { foutVoor, Tekstvak } from '../components/velden';
import { datum, euroCenten, moment } from '../opmaak';
import { t } from '../teksten';
import { Lijstpagina, TerugNaarOverzicht } from './Lijstpagina';

function stand(z: ZienswijzeOverzicht, vandaag: string): string {
  if (!z.open) return t('zienswijze.lijst.besloten');
  return z.reagerenUiterlijk >= vandaag
    ? t('zienswijze.lijst.open', { datum: datum(z.reagerenUiterlijk) })
    : t('zienswijze.lijst.openVoorbij', { datum: datum(z.reagerenUiterlijk) });
}

export function MijnZienswijzen({
  ctx,
  lijst,
  vandaag,
}: {
  ctx: PaginaContext;
  lijst: readonly ZienswijzeOverzicht[];
  vandaag: string;
}) {
  return (
    <Lijstpagina
      ctx={ctx}
      titel={t('zienswijze.lijst.titel')}
      intro={t('zienswijze.lijst.intro')}
      leeg={lijst.length === 0 ? t('zienswijze.lijst.leeg') : undefined}
    >
      {lijst.map((z) => (
        <section key={z.id} aria-labelledby={`zienswijze-${z.id}`} data-zienswijze={z.id}>
          <Heading level={2} id={`zienswijze-${z.id}`}>
            {t('zienswijze.lijst.kop', {
              datum: datum(z.briefdatum),
              bedrag: euroCenten(z.terugTeVorderen),
              jaar: String(z.jaar),
            })}
          </Heading>
          <Paragraph>{stand(z, vandaag)}</Paragraph>
          <Paragraph>
            <Link href={`/mijn/zienswijzen/${z.id}`}>{t('zienswijze.lijst.bekijk')}</Link>
          </Paragraph>
        </section>
      ))}
      <TerugNaarOverzicht />
    </Lijstpagina>
  );
}

export function ZienswijzePagina({
  ctx,
  z,
  html,
  ontvangen,
  fouten = [],
  waarde = '',
}: {
  ctx: PaginaContext;
  z: ZienswijzeOverzicht;
  /** The letter's `<article>` from @regelmaat/brieven (escaped there; its h1 is the page's). */
  html: string;
  ontvangen?: boolean;
  fouten?: readonly VeldFout[];
  waarde?: string;
}) {
  const fout = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={z.brief.gegevens.kenmerk}>
      <Paragraph>
        <Link href="/mijn/zienswijzen">{t('zienswijze.terug')}</Link>
      </Paragraph>
      {ontvangen ? (
        <Alert type="ok">
          <Paragraph>{t('zienswijze.reactie.ontvangen')}</Paragraph>
        </Alert>
      ) : null}
      {/* The letter's HTML is built by @regelmaat/brieven, which escapes every value it is filled with. */}
      <div className="rm-brief" dangerouslySetInnerHTML={{ __html: html }} />
      <section aria-labelledby="reactie">
        <Heading level={2} id="reactie">
          {t('zienswijze.reactie.kop')}
        </Heading>
        {z.reacties.length > 0 ? (
          <>
            <Heading level={3}>{t('zienswijze.reactie.eerder')}</Heading>
            {z.reacties.map((r) => (
              <div key={r.id} data-reactie={r.kanaal}>
                <Paragraph>
                  {t(r.kanaal === 'portaal' ? 'zienswijze.reactie.portaal' : 'zienswijze.reactie.telefoon', {
                    moment: moment(r.ontvangenOp),
                  })}
                </Paragraph>
                <blockquote>
                  <Paragraph>{r.tekst}</Paragraph>
                </blockquote>
              </div>
            ))}
          </>
        ) : null}
        {z.open ? (
          <>
            <Foutensamenvatting fouten={fouten} />
            <PostFormulier action={`/mijn/zienswijzen/${z.id}`} csrf={ctx.csrf}>
              <Tekstvak
                name="tekst"
                label={t('zienswijze.reactie.veld')}
                beschrijving={t('zienswijze.reactie.uitleg')}
                value={waarde}
                fout={fout('tekst')}
                verplicht
                rijen={6}
              />
              <Knoppen>
                <Verzendknop>{t('zienswijze.reactie.knop')}</Verzendknop>
              </Knoppen>
            </PostFormulier>
          </>
        ) : (
          <Paragraph>{t('zienswijze.reactie.besloten')}</Paragraph>
        )}
      </section>
    </Layout>
  );
}
