/**
 * @module
 * "Mijn berichten" (issue 16): the citizen's messages, newest first, read or new, and one message
 * as a page. A message is data (its kind and the values it states); every sentence here is chosen
 * by those values, so it is true for them: an amount avoided only when one is, a letter only when a
 * decision was made, the month the childcare stops counting from the end date (Awir art. 5).
 */
import type { BerichtInLijst } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { datum, euroCenten, maandNaam, uren } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import {
  type HuurAfwijking,
  HuurAfwijkingTekst,
  type HuurWijziging,
  HuurWijzigingTekst,
  type VerzekeringMelding,
  VerzekeringTekst,
} from './BerichtPartner';
import { type BerichtEffect, EffectVan } from './bericht-effect';
import { LevensgebeurtenisTekst, onderwerpLevensgebeurtenis } from './Levensgebeurtenis';
import { Lijstpagina } from './Lijstpagina';

interface Uitschrijving {
  aanbieder: string;
  kindGeboortedatum: string | null;
  einddatum: string;
  jaar: number;
  effecten: BerichtEffect[];
  /** The year's doelmatigheidsgrens (Awir art. 26a); absent in messages stored before it was kept. */
  doelmatigheidsgrens?: number;
  beschikkingen: number[];
}

interface Afwijking {
  aanbieder: string;
  kindGeboortedatum: string | null;
  jaar: number;
  maanden: { maand: number; ouder: number; aanbieder: number }[];
  uurprijs?: { ouder: number; aanbieder: number };
  einde?: { ouder: string | null; aanbieder: string };
}

const ONDERWERP: Readonly<Record<string, TekstKey>> = {
  'opvang-uitschrijving': 'bericht.uitschrijving.onderwerp',
  'opvang-afwijking': 'bericht.afwijking.onderwerp',
  'huur-wijziging': 'bericht.huur.onderwerp',
  'huur-afwijking': 'bericht.huurAfwijking.onderwerp',
  'zorgverzekering-melding': 'bericht.verzekering.onderwerp',
};

/** The subject of a message as listed and as its page title. */
export const onderwerpVan = (b: Pick<BerichtInLijst, 'soort' | 'gegevens'>): string => {
  if (b.soort === 'levensgebeurtenis') return onderwerpLevensgebeurtenis(b.gegevens) ?? b.soort;
  const key = ONDERWERP[b.soort];
  return key ? t(key) : b.soort;
};

export function MijnBerichten({
  ctx,
  berichten,
}: {
  ctx: PaginaContext;
  berichten: readonly BerichtInLijst[];
}) {
  return (
    <Lijstpagina
      ctx={ctx}
      titel={t('berichten.titel')}
      intro={t('berichten.intro')}
      leeg={berichten.length === 0 ? t('berichten.leeg') : undefined}
    >
      <Tabel
        bijschrift={t('berichten.tabel')}
        kolommen={[t('berichten.datum'), t('berichten.onderwerp'), t('berichten.status')]}
      >
        {berichten.map((b) => (
          <tr key={b.id} data-bericht={b.id} data-gelezen={b.gelezen ? 'ja' : 'nee'}>
            <td>{datum(b.verzondenOp.slice(0, 10))}</td>
            <th scope="row">
              <Link href={`/mijn/berichten/${b.id}`}>{onderwerpVan(b)}</Link>
            </th>
            <td>{b.gelezen ? t('berichten.gelezen') : <strong>{t('berichten.nieuw')}</strong>}</td>
          </tr>
        ))}
      </Tabel>
    </Lijstpagina>
  );
}

/** The first month from which an end date no longer counts (Awir art. 5): the month after it. */
function maandNaEinde(einddatum: string): { maand: number; jaar: number } {
  const j = Number(einddatum.slice(0, 4));
  const m = Number(einddatum.slice(5, 7));
  return m === 12 ? { maand: 1, jaar: j + 1 } : { maand: m + 1, jaar: j };
}

function KloptNiet({ tekst }: { tekst: TekstKey }) {
  return (
    <section aria-labelledby="klopt-niet">
      <Heading level={2} id="klopt-niet">
        {t('bericht.klopt')}
      </Heading>
      <Paragraph>{t(tekst)}</Paragraph>
      <ul>
        <li>
          <Link href="/mijn/wijziging/kinderopvang">{t('bericht.wijziging')}</Link>
        </li>
        <li>
          <Link href="/mijn/terugbellen">{t('bericht.terugbellen')}</Link>
        </li>
      </ul>
    </section>
  );
}

function UitschrijvingTekst({ g }: { g: Uitschrijving }) {
  const na = maandNaEinde(g.einddatum);
  return (
    <>
      <Paragraph soort="lead">
        {t('bericht.uitschrijving.wie', { aanbieder: g.aanbieder, datum: datum(g.einddatum) })}
      </Paragraph>
      {g.kindGeboortedatum ? (
        <Paragraph>{t('bericht.kind', { datum: datum(g.kindGeboortedatum) })}</Paragraph>
      ) : null}
      <Paragraph>
        {na.jaar === g.jaar
          ? t('bericht.uitschrijving.vanaf', { maand: `${maandNaam(na.maand)} ${na.jaar}` })
          : t('bericht.uitschrijving.vanafVolgendJaar', { jaar: g.jaar })}
      </Paragraph>
      {g.effecten.length > 0 ? (
        g.effecten.map((e) => <EffectVan key={e.regeling} e={e} grens={g.doelmatigheidsgrens ?? 0} />)
      ) : (
        <Paragraph>{t('bericht.geenEffect')}</Paragraph>
      )}
      {g.beschikkingen.length > 0 ? (
        <Paragraph>
          <Link href="/mijn/brieven">{t('bericht.brief')}</Link>
        </Paragraph>
      ) : null}
      <KloptNiet tekst="bericht.kloptNietUitleg" />
    </>
  );
}

function AfwijkingTekst({ g }: { g: Afwijking }) {
  return (
    <>
      <Paragraph soort="lead">
        {t('bericht.afwijking.wie', { aanbieder: g.aanbieder, jaar: g.jaar })}
      </Paragraph>
      {g.kindGeboortedatum ? (
        <Paragraph>{t('bericht.kind', { datum: datum(g.kindGeboortedatum) })}</Paragraph>
      ) : null}
      {g.maanden.length > 0 ? (
        <ul>
          {g.maanden.map((m) => (
            <li key={m.maand}>
              {t('bericht.afwijking.maand', {
                maand: maandNaam(m.maand),
                ouder: uren(m.ouder / 100),
                aanbieder: uren(m.aanbieder / 100),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {g.uurprijs ? (
        <Paragraph>
          {t('bericht.afwijking.uurprijs', {
            ouder: euroCenten(g.uurprijs.ouder),
            aanbieder: euroCenten(g.uurprijs.aanbieder),
          })}
        </Paragraph>
      ) : null}
      {g.einde ? (
        <Paragraph>
          {g.einde.ouder
            ? t('bericht.afwijking.einde', { datum: datum(g.einde.aanbieder), ouder: datum(g.einde.ouder) })
            : t('bericht.afwijking.eindeOpen', { datum: datum(g.einde.aanbieder) })}
        </Paragraph>
      ) : null}
      <Alert type="info">
        <Paragraph>{t('bericht.afwijking.niets')}</Paragraph>
      </Alert>
      <KloptNiet tekst="bericht.afwijking.klopt" />
    </>
  );
}

export function BerichtPagina({ ctx, bericht }: { ctx: PaginaContext; bericht: BerichtInLijst }) {
  const titel = onderwerpVan(bericht);
  return (
    <Layout ctx={ctx} titel={titel}>
      <Paragraph>
        <Link href="/mijn/berichten">{t('berichten.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{datum(bericht.verzondenOp.slice(0, 10))}</Paragraph>
      {bericht.soort === 'opvang-uitschrijving' ? (
        <UitschrijvingTekst g={bericht.gegevens as unknown as Uitschrijving} />
      ) : bericht.soort === 'opvang-afwijking' ? (
        <AfwijkingTekst g={bericht.gegevens as unknown as Afwijking} />
      ) : bericht.soort === 'huur-wijziging' ? (
        <HuurWijzigingTekst g={bericht.gegevens as unknown as HuurWijziging} />
      ) : bericht.soort === 'huur-afwijking' ? (
        <HuurAfwijkingTekst g={bericht.gegevens as unknown as HuurAfwijking} />
      ) : bericht.soort === 'zorgverzekering-melding' ? (
        <VerzekeringTekst g={bericht.gegevens as unknown as VerzekeringMelding} />
      ) : bericht.soort === 'levensgebeurtenis' ? (
        <LevensgebeurtenisTekst ctx={ctx} bericht={bericht} />
      ) : null}
    </Layout>
  );
}
