/**
 * @module
 * "Mijn betalingen" (issue 16): what we paid and what we will pay this year, with dates — the
 * advance per month by the decisions in force (the betaalkalender) and back-payments after the
 * definitive calculation. Two tables, paid and planned; a sentence when there is nothing (B1).
 */
import type { BetalingRegel, MijnBetalingen as Data, VerrekeningRegel } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import type { PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { datum, euroCenten, maandNaam } from '../opmaak';
import { t } from '../teksten';
import { Lijstpagina } from './Lijstpagina';

function Regels({ bijschrift, regels }: { bijschrift: string; regels: readonly BetalingRegel[] }) {
  return (
    <Tabel
      bijschrift={bijschrift}
      kolommen={[
        t('betalingen.datum'),
        t('betalingen.toeslag'),
        t('betalingen.waarvoor'),
        t('betalingen.bedrag'),
      ]}
    >
      {regels.map((b) => (
        <tr key={`${b.soort}-${b.regeling}-${b.maand ?? b.datum}`} data-betaling={b.status}>
          <td>{b.rond ? t('betalingen.rond', { datum: datum(b.datum) }) : datum(b.datum)}</td>
          <th scope="row">{b.naam}</th>
          <td>
            {b.soort === 'nabetaling'
              ? t('betalingen.nabetaling')
              : t('betalingen.voorschot', { maand: maandNaam(b.maand!) })}
          </td>
          <td>{euroCenten(b.bedrag)}</td>
        </tr>
      ))}
    </Tabel>
  );
}

/** Toeslag kept back and set off against a recovery: month, amount and the recovery it went to. */
function Verrekeningen({
  regels,
  jaar,
  som,
}: {
  regels: readonly VerrekeningRegel[];
  jaar: number;
  som: number;
}) {
  return (
    <section aria-labelledby="verrekend" data-verrekeningen>
      <Heading level={2} id="verrekend">
        {t('betalingen.verrekendKop')}
      </Heading>
      <Paragraph>{t('betalingen.verrekendIntro')}</Paragraph>
      <Tabel
        bijschrift={t('betalingen.verrekendTabel', { jaar: String(jaar) })}
        kolommen={[
          t('betalingen.datum'),
          t('betalingen.verrekendVan'),
          t('betalingen.verrekendVoor'),
          t('betalingen.bedrag'),
        ]}
      >
        {regels.map((v) => (
          <tr key={`${v.vordering.id}-${v.maand}`} data-verrekening={v.vordering.id}>
            <td>{datum(v.datum)}</td>
            <th scope="row">{t('betalingen.verrekendMaand', { maand: maandNaam(v.maand) })}</th>
            <td>
              {t('betalingen.verrekendVordering', {
                naamInZin: v.vordering.naam.toLowerCase(),
                jaar: String(v.vordering.jaar),
              })}
            </td>
            <td>{euroCenten(v.bedrag)}</td>
          </tr>
        ))}
      </Tabel>
      <Paragraph>
        <span data-testid="som-verrekend">{t('betalingen.somVerrekend', { bedrag: euroCenten(som) })}</span>{' '}
        <Link href="/mijn/terugbetalen">{t('betalingen.verrekendLink')}</Link>
      </Paragraph>
    </section>
  );
}

export function MijnBetalingen({ ctx, data }: { ctx: PaginaContext; data: Data | undefined }) {
  const betaald = data?.betalingen.filter((b) => b.status === 'betaald') ?? [];
  const gepland = data?.betalingen.filter((b) => b.status === 'gepland') ?? [];
  const jaar = data?.jaar ?? '';
  return (
    <Lijstpagina
      ctx={ctx}
      titel={t('betalingen.titel')}
      intro={t('betalingen.intro')}
      leeg={betaald.length + gepland.length === 0 ? t('betalingen.leeg') : undefined}
    >
      <Heading level={2}>{t('betalingen.betaaldKop')}</Heading>
      {betaald.length === 0 ? (
        <Paragraph>{t('betalingen.nogNiets')}</Paragraph>
      ) : (
        <>
          <Regels bijschrift={t('betalingen.betaaldTabel', { jaar: String(jaar) })} regels={betaald} />
          <Paragraph>
            <span data-testid="som-betaald">
              {data!.verrekend > 0
                ? t('betalingen.somBetaaldVerrekend', {
                    bedrag: euroCenten(data!.betaald),
                    verrekend: euroCenten(data!.verrekend),
                    netto: euroCenten(data!.betaald - data!.verrekend),
                  })
                : t('betalingen.somBetaald', { bedrag: euroCenten(data!.betaald) })}
            </span>
          </Paragraph>
        </>
      )}
      {(data?.verrekeningen.length ?? 0) > 0 ? (
        <Verrekeningen regels={data!.verrekeningen} jaar={data!.jaar} som={data!.verrekend} />
      ) : null}
      <Heading level={2}>{t('betalingen.geplandKop')}</Heading>
      {gepland.length === 0 ? (
        <Paragraph>{t('betalingen.geenGepland', { jaar: String(jaar) })}</Paragraph>
      ) : (
        <>
          <Regels bijschrift={t('betalingen.geplandTabel', { jaar: String(jaar) })} regels={gepland} />
          <Paragraph>
            <span data-testid="som-gepland">
              {t('betalingen.somGepland', { bedrag: euroCenten(data!.gepland) })}
            </span>
          </Paragraph>
          <Paragraph>{t('betalingen.geplandUitleg')}</Paragraph>
        </>
      )}
    </Lijstpagina>
  );
}
