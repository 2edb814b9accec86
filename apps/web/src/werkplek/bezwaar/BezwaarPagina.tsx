/**
 * @module
 * The objection's case view (issue 14, /werk/bezwaren/<id>): where it stands, the grounds and the
 * contact wishes, the terms with their warnings and the penalty for a late decision, the contested
 * decisions (each with its explanation computed with its own law version from the dossier as known
 * when it was made, and its letter), the objection letters, the contacts and the history; then the
 * steps that fit its phase (`BezwaarActies`). The services check each right and phase again.
 */
import type { BezwaarDossier } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import type { ReactNode } from 'react';
import type { VeldFout } from '../../components/Foutensamenvatting';
import { Gegevenslijst } from '../../components/Gegevens';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../../components/nlds';
import { Tabel } from '../../components/Tabel';
import { bestandsgrootte, bestandssoort, datum, euro, moment } from '../../opmaak';
import { actieNaam, beschikkingSoortNaam, regelingNaam, STATUS_NAAM, wie } from '../weergave';
import { behandelaarNaam } from '../zaak-cellen';
import { BezwaarActies } from './BezwaarActies';
import {
  BESLISSING_GROND,
  BESLISSING_NAAM,
  BEZWAAR_ACTIE,
  dwangsomTekst,
  FASE_NAAM,
  KANAAL_NAAM,
  overslaanLabel,
  TERMIJN_NAAM,
  termijnTekst,
} from './weergave';

const BRIEF_NAAM = {
  ontvangstbevestiging: 'Ontvangstbevestiging',
  verdaging: 'Verdaging van de beslissing',
  'beslissing-op-bezwaar': 'Beslissing op bezwaar',
} as const;

function Sectie({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-kop`} className="rm-sectie">
      <Heading level={2} id={`${id}-kop`}>
        {titel}
      </Heading>
      {children}
    </section>
  );
}

export interface BezwaarPaginaProps {
  ctx: PaginaContext;
  d: BezwaarDossier;
  namen: ReadonlyMap<string, string>;
  ik: { id: string; rol: string };
  melding?: { type: 'ok' | 'warning'; tekst: string };
  /** The form that was sent with errors, its values and errors. */
  formulier?: { naam: string; waarden: Readonly<Record<string, string>>; fouten: readonly VeldFout[] };
}

export function BezwaarPagina(p: BezwaarPaginaProps) {
  const { d, namen } = p;
  const b = d.bezwaar;
  const titel = `Bezwaar ${d.kenmerk}: ${d.zaak.onderwerp}`;
  return (
    <Layout ctx={p.ctx} titel={titel} heeftFouten={(p.formulier?.fouten.length ?? 0) > 0}>
      <Heading level={1}>{titel}</Heading>
      {p.melding ? (
        <Alert type={p.melding.type} role={p.melding.type === 'ok' ? 'status' : 'alert'}>
          <Paragraph>{p.melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      <nav className="rm-inhoud-nav" aria-label="Onderdelen van het bezwaar">
        <ul>
          {[
            ['stand', 'Stand'],
            ['acties', 'Wat nu'],
            ['termijnen', 'Termijnen'],
            ['bestreden', 'Bestreden besluiten'],
            ['brieven', 'Brieven'],
            ['stukken', 'Stukken'],
            ['contacten', 'Contacten'],
            ['historie', 'Historie'],
          ].map(([id, naam]) => (
            <li key={id}>
              <a href={`#${id}`}>{naam}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Sectie id="stand" titel="Stand">
        <Gegevenslijst
          rijen={[
            ['Fase', <span data-testid="fase">{FASE_NAAM[b.fase]}</span>],
            [
              'Zaak',
              <>
                <Link href={`/werk/zaken/${d.zaak.id}`}>Zaak {d.zaak.id}</Link> ({STATUS_NAAM[d.zaak.status]},{' '}
                {behandelaarNaam(d.zaak, namen)})
              </>,
            ],
            ['Binnengekomen via', KANAAL_NAAM[b.kanaal]],
            ['Ontvangen op', datum(b.ontvangenOp)],
            b.gepostOp ? ['Op de post gedaan op (Awb 6:9 lid 2)', datum(b.gepostOp)] : null,
            ['Datum van de brief', datum(b.briefdatum)],
            ['Laatste dag bezwaartermijn (Awir 35, Awb 6:7)', datum(b.laatsteDagBezwaartermijn)],
            [
              'Tijdig',
              b.tijdig
                ? 'Ja'
                : b.verschoonbaar === null
                  ? 'Nee — beoordeel of dat verschoonbaar is (Awb 6:11)'
                  : `Nee — ${b.verschoonbaar ? 'verschoonbaar' : 'niet verschoonbaar'}: ${b.verschoonbaarToelichting ?? ''}`,
            ],
            [
              'Gronden',
              b.gronden ? (
                <span data-testid="gronden">{b.gronden}</span>
              ) : (
                `Pro forma: nog geen gronden; hersteltermijn tot en met ${datum(b.hersteltermijn ?? b.ontvangenOp)} (Awb 6:6)`
              ),
            ],
            b.grondenOntvangenOp ? ['Gronden ontvangen op', datum(b.grondenOntvangenOp)] : null,
            ['Telefoon', b.contact.telefoon ?? '—'],
            ['Bellen bij voorkeur', b.contact.voorkeur ?? '—'],
            b.hoorzitting === 'gepland' && b.hoorzittingOp
              ? ['Hoorzitting gepland op', datum(b.hoorzittingOp)]
              : null,
            b.hoorzitting === 'gehouden'
              ? ['Hoorzitting', `Gehouden: ${b.hoorzittingToelichting ?? ''}`]
              : null,
            b.hoorzitting === 'overgeslagen' && b.hoorzittingOverslaanGrond
              ? [
                  'Geen hoorzitting',
                  `${overslaanLabel(b.hoorzittingOverslaanGrond)} ${b.hoorzittingToelichting ?? ''}`,
                ]
              : null,
            b.beslissing
              ? [
                  'Beslissing',
                  <span data-testid="beslissing">
                    {BESLISSING_NAAM[b.beslissing]} ({BESLISSING_GROND[b.beslissing]})
                  </span>,
                ]
              : null,
            b.motivering ? ['Motivering (Awb 7:12)', b.motivering] : null,
            b.nieuweRegeling && b.nieuwJaarbedrag !== null
              ? [
                  'Nieuw jaarbedrag',
                  `${regelingNaam(b.nieuweRegeling)}: ${euro(b.nieuwJaarbedrag)} (verschil ${euro(b.bedragVerschil ?? 0)})`,
                ]
              : null,
            b.auteur ? ['Beslissing voorgesteld door', wie(namen, b.auteur)] : null,
          ]}
        />
      </Sectie>

      <Sectie id="acties" titel="Wat nu">
        <BezwaarActies {...p} />
      </Sectie>

      <Sectie id="termijnen" titel="Termijnen">
        <Gegevenslijst
          rijen={[
            [
              'Verwachte beslisdatum',
              <span data-testid="beslistermijn">{datum(d.stand.verwachteBeslisdatum)}</span>,
            ],
            b.adviescommissie
              ? ['Adviescommissie (Awb 7:13)', 'Ja: beslistermijn 12 weken in plaats van 6 (Awb 7:10 lid 1)']
              : null,
            b.verdagingReden
              ? ['Verdaagd (Awb 7:10 lid 3)', `op ${datum(b.verdaagdOp ?? '')}: ${b.verdagingReden}`]
              : null,
            d.stand.verschoven?.grondenAfgewacht
              ? ['Verschoven', 'Met de dagen gewacht op de gronden (Awb 7:10 lid 2)']
              : null,
            b.ingebrekestellingOp ? ['Ingebrekestelling ontvangen', datum(b.ingebrekestellingOp)] : null,
          ]}
        />
        {d.stand.termijnen.length > 0 ? (
          <UnorderedList>
            {d.stand.termijnen.map((x) => {
              const s = termijnTekst(x.stand);
              return (
                <ListItem key={x.naam}>
                  {TERMIJN_NAAM[x.naam]}: {datum(x.datum)} —{' '}
                  {s.waarschuwing ? <strong data-testid="termijn-waarschuwing">{s.tekst}</strong> : s.tekst}
                </ListItem>
              );
            })}
          </UnorderedList>
        ) : null}
        <Paragraph>
          <span data-testid="dwangsom">{dwangsomTekst(d.stand.dwangsom)}</span>
        </Paragraph>
      </Sectie>

      <Sectie id="bestreden" titel="Bestreden besluiten (Awir 37: alle besluiten uit dezelfde brief)">
        <Tabel
          bijschrift="Bestreden besluiten"
          kolommen={['Besluit', 'Soort', 'Jaarbedrag', 'Gemaakt op', 'Uitleg en dossier toen', 'Brief']}
        >
          {d.bestreden.map((x) => (
            <tr key={x.id} data-bestreden={x.id}>
              <th scope="row">
                {regelingNaam(x.regeling)} {x.jaar} (#{x.id})
              </th>
              <td>{beschikkingSoortNaam(x.soort)}</td>
              <td>{euro(x.jaarbedrag)}</td>
              <td>{moment(x.aangemaaktOp)}</td>
              <td>
                <Link href={`/werk/beschikkingen/${x.id}`}>
                  Uitleg met de eigen wetsversie, dossier zoals bekend op {datum(x.bekendOp)}
                </Link>
              </td>
              <td>
                <Link href={`/werk/brieven/${x.id}`}>Brief van {datum(b.briefdatum)}</Link>
              </td>
            </tr>
          ))}
        </Tabel>
        {b.nieuweBeschikkingId ? (
          <Paragraph>
            Nieuw besluit na het bezwaar:{' '}
            <Link href={`/werk/beschikkingen/${b.nieuweBeschikkingId}`}>
              besluit #{b.nieuweBeschikkingId}
            </Link>{' '}
            (<Link href={`/werk/brieven/${b.nieuweBeschikkingId}`}>brief</Link>)
          </Paragraph>
        ) : null}
      </Sectie>

      <Sectie id="brieven" titel="Brieven over het bezwaar">
        {d.brieven.length === 0 ? (
          <Paragraph>Nog geen brieven.</Paragraph>
        ) : (
          <UnorderedList>
            {d.brieven.map((x) => (
              <ListItem key={x.id}>
                <Link href={`/werk/bezwaarbrieven/${x.id}`}>
                  {BRIEF_NAAM[x.soort]} ({datum(x.briefdatum)})
                </Link>
              </ListItem>
            ))}
          </UnorderedList>
        )}
      </Sectie>

      <Sectie id="stukken" titel="Meegestuurde stukken">
        {d.stukken.length === 0 ? (
          <Paragraph>Geen bestanden meegestuurd.</Paragraph>
        ) : (
          <Tabel
            bijschrift="Bestanden bij het bezwaar, zoals ontvangen"
            kolommen={['Bestand', 'Soort', 'Grootte', 'Ontvangen', 'Door', 'SHA-256']}
          >
            {d.stukken.map((x) => (
              <tr key={x.id} data-bezwaarstuk={x.id}>
                <th scope="row">
                  <Link href={`/werk/bezwaarstukken/${x.id}`}>{x.bestandsnaam}</Link>
                </th>
                <td>{bestandssoort(x.inhoudstype)}</td>
                <td>{bestandsgrootte(x.grootte)}</td>
                <td>{moment(x.geuploadOp)}</td>
                <td>{x.geuploadDoor === 'burger' ? 'de indiener (portaal)' : x.geuploadDoor}</td>
                <td>
                  <code title={x.sha256}>{x.sha256.slice(0, 12)}…</code>
                </td>
              </tr>
            ))}
          </Tabel>
        )}
      </Sectie>

      <Sectie id="contacten" titel="Contacten">
        {d.contacten.length === 0 ? (
          <Paragraph>Nog geen contact.</Paragraph>
        ) : (
          <UnorderedList>
            {d.contacten.map((c) => (
              <ListItem key={c.id}>
                {moment(c.tijdstip)}, {c.kanaal}, {c.richting}, {wie(namen, c.medewerker)}: {c.onderwerp} —{' '}
                {c.uitkomst}
              </ListItem>
            ))}
          </UnorderedList>
        )}
      </Sectie>

      <Sectie id="historie" titel="Historie">
        <UnorderedList>
          {d.historie.map((h) => (
            <ListItem key={h.id}>
              {moment(h.tijdstip)}: {BEZWAAR_ACTIE[h.actie] ?? actieNaam(h.actie)} door {wie(namen, h.actor)}
            </ListItem>
          ))}
        </UnorderedList>
      </Sectie>
    </Layout>
  );
}
