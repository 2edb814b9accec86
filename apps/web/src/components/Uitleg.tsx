/**
 * @module
 * "Waarom dit bedrag?" — the engine's explanation tree rendered for citizens: per toeslag the
 * amount, and on request the steps, each with its plain-Dutch sentence, its value and a link to
 * the law article on wetten.overheid.nl. When there is no entitlement, the conditions that failed
 * come first. Built on native <details>/<summary>, so it opens by keyboard and without JavaScript.
 * Reusable: the proefberekening and the portal's page for a stored decision render the same
 * `ToeslagResultaat` with it.
 */
import type { ExplanationNode } from '@regelmaat/engine';
import { MONTH_NAMES } from '@regelmaat/kernel';
import type { Periode, ToeslagResultaat } from '@regelmaat/law';
import { datumsInTekst, euro } from '../opmaak';
import { t } from '../teksten';
import { Alert, Heading, Paragraph } from './nlds';

function Wet({ node }: { node: ExplanationNode }) {
  const { citation, url } = node.law;
  if (!citation) return null;
  return (
    <p className="rm-stap-wet">
      {url ? (
        <a href={url}>{t('uitleg.wet', { artikel: citation })}</a>
      ) : (
        t('uitleg.wet', { artikel: citation })
      )}
    </p>
  );
}

/** One step and, folded away below it, the steps it was computed from. */
export function Stap({ node, diepte = 0 }: { node: ExplanationNode; diepte?: number }) {
  return (
    <li className="rm-stap">
      <p className="rm-stap-kop">
        {node.label}: <span className="rm-stap-waarde">{node.display}</span>
      </p>
      {node.uitleg ? <p>{datumsInTekst(node.uitleg)}</p> : null}
      <Wet node={node} />
      {node.bron ? (
        <p className="rm-stap-bron">{t('uitleg.bron', { bron: datumsInTekst(node.bron) })}</p>
      ) : null}
      {node.inputs.length > 0 ? (
        diepte === 0 ? (
          <Stappen nodes={node.inputs} diepte={diepte + 1} />
        ) : (
          <details className="rm-stap-meer">
            <summary>
              {t('uitleg.hoe')}
              <span className="rm-visueel-verborgen"> {node.label}</span>
            </summary>
            <Stappen nodes={node.inputs} diepte={diepte + 1} />
          </details>
        )
      ) : null}
    </li>
  );
}

export function Stappen({ nodes, diepte = 0 }: { nodes: readonly ExplanationNode[]; diepte?: number }) {
  return (
    <ol className="rm-stappen">
      {nodes.map((n, i) => (
        <Stap key={`${n.id}-${i}`} node={n} diepte={diepte} />
      ))}
    </ol>
  );
}

function periodeNaam(p: Periode): string {
  if (p.vanMaand === 1 && p.totEnMetMaand === 12) return t('uitleg.heleJaar');
  return t('uitleg.periode', {
    van: MONTH_NAMES[p.vanMaand - 1]!,
    tot: MONTH_NAMES[p.totEnMetMaand - 1]!,
  });
}

function NietVoldaan({ periode }: { periode: Periode }) {
  if (periode.nietVoldaan.length === 0) return null;
  return (
    <div className="rm-niet-voldaan">
      <p className="rm-stap-kop">{t('uitleg.nietVoldaan')}</p>
      <ul className="utrecht-unordered-list">
        {periode.nietVoldaan.map((n) => (
          <li key={n.id} className="utrecht-unordered-list__item">
            <strong>{n.label}.</strong> {datumsInTekst(n.uitleg)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The "Waarom dit bedrag?" fold-out for one toeslag: per period the failed conditions, then the steps. */
export function WaaromDitBedrag({
  resultaat,
  geenRecht,
}: {
  resultaat: ToeslagResultaat;
  geenRecht: boolean;
}) {
  return (
    <details className="rm-uitleg">
      <summary>
        {geenRecht ? t('uitleg.waaromNiet') : t('uitleg.waarom')}
        <span className="rm-visueel-verborgen"> ({resultaat.naam})</span>
      </summary>
      {resultaat.perioden.map((p) => (
        <section key={p.vanMaand} aria-label={`${resultaat.naam}: ${periodeNaam(p)}`}>
          {resultaat.perioden.length > 1 ? <p className="rm-stap-kop">{periodeNaam(p)}</p> : null}
          <NietVoldaan periode={p} />
          <Stappen nodes={[p.uitleg]} />
        </section>
      ))}
      {resultaat.jaarUitleg ? (
        <section aria-label={t('uitleg.jaar')}>
          <p className="rm-stap-kop">{t('uitleg.jaar')}</p>
          <Stappen nodes={[resultaat.jaarUitleg]} />
        </section>
      ) : null}
    </details>
  );
}

function Maandtabel({ resultaat }: { resultaat: ToeslagResultaat }) {
  return (
    <table className="utrecht-table rm-maanden">
      <caption className="utrecht-table__caption">
        {t('uitkomst.maandenTabel', { toeslag: resultaat.naam })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('uitkomst.maand')}</th>
          <th scope="col">{t('uitkomst.bedrag')}</th>
        </tr>
      </thead>
      <tbody>
        {resultaat.maandbedragen.map((b, i) => (
          <tr key={MONTH_NAMES[i]}>
            <th scope="row">{MONTH_NAMES[i]}</th>
            <td>{euro(b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the citizen must know about the amount (e.g. a rebuilt table), in plain Dutch. */
function Opmerkingen({ resultaat }: { resultaat: ToeslagResultaat }) {
  return (
    <>
      {(resultaat.opmerkingen ?? []).map((o) => (
        <Alert key={o.code + o.tekst} type="info">
          <Paragraph>{o.tekst}</Paragraph>
        </Alert>
      ))}
    </>
  );
}

/** One toeslag's result card: amount per month and per year, or why there is none, with the explanation. */
export function ToeslagUitkomst({ resultaat, kop = 3 }: { resultaat: ToeslagResultaat; kop?: 2 | 3 }) {
  const id = `toeslag-${resultaat.regeling}`;
  if (resultaat.status !== 'berekend') {
    return (
      <section className="rm-toeslag" aria-labelledby={id}>
        <Heading level={kop} id={id}>
          {resultaat.naam}
        </Heading>
        <p className="rm-geen">
          {resultaat.status === 'niet-van-toepassing'
            ? t('uitkomst.nietVanToepassing')
            : t('uitkomst.nietBerekenbaar')}
        </p>
        {resultaat.melding ? <Paragraph>{datumsInTekst(resultaat.melding.tekst)}</Paragraph> : null}
      </section>
    );
  }
  const geenRecht = resultaat.jaarbedrag === 0;
  const maanden = resultaat.maandbedragen;
  const gelijk = maanden.every((b) => b === maanden[0]);
  return (
    <section className="rm-toeslag" aria-labelledby={id}>
      <Heading level={kop} id={id}>
        {resultaat.naam}
      </Heading>
      {geenRecht ? (
        <p className="rm-geen">{t('uitkomst.geenRecht', { toeslag: resultaat.naam.toLowerCase() })}</p>
      ) : (
        <>
          {gelijk ? (
            <p className="rm-bedrag">{t('uitkomst.perMaand', { bedrag: euro(maanden[0]!) })}</p>
          ) : (
            <>
              <Paragraph>{t('uitkomst.wisselt')}</Paragraph>
              <Maandtabel resultaat={resultaat} />
            </>
          )}
          <p className="rm-bedrag-jaar">{t('uitkomst.perJaar', { bedrag: euro(resultaat.jaarbedrag) })}</p>
        </>
      )}
      <Opmerkingen resultaat={resultaat} />
      <WaaromDitBedrag resultaat={resultaat} geenRecht={geenRecht} />
    </section>
  );
}

/**
 * The explanation laid open (for the page of one stored decision): per period the conditions that
 * failed, then the steps; the deeper steps still fold open one by one.
 */
export function UitlegOpen({ resultaat, kop = 2 }: { resultaat: ToeslagResultaat; kop?: 2 | 3 }) {
  return (
    <div className="rm-uitleg-open">
      <Opmerkingen resultaat={resultaat} />
      {resultaat.perioden.map((p) => (
        <section key={p.vanMaand} aria-label={`${resultaat.naam}: ${periodeNaam(p)}`}>
          {resultaat.perioden.length > 1 ? <Heading level={kop}>{periodeNaam(p)}</Heading> : null}
          <NietVoldaan periode={p} />
          <Stappen nodes={[p.uitleg]} />
        </section>
      ))}
      {resultaat.jaarUitleg ? (
        <section aria-label={t('uitleg.jaar')}>
          <Heading level={kop}>{t('uitleg.jaar')}</Heading>
          <Stappen nodes={[resultaat.jaarUitleg]} />
        </section>
      ) : null}
    </div>
  );
}
