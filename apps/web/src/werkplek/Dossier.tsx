/**
 * @module
 * The dossier section of the case view (C2 facts as a case worker reads them): the persons, then
 * the facts that are known now in plain Dutch — what, whom, source, period, recorded — and, folded
 * away, the facts that were superseded (struck through, with "vervangen op …"), so the history
 * stays visible without crowding the page. Each table scrolls in its own labelled region, so the
 * page itself never scrolls sideways (WCAG 1.4.10 reflow, 2.1.1 keyboard).
 */
import type { DossierOverzicht } from '@regelmaat/diensten';
import { Heading, ListItem, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { datum, moment } from '../opmaak';
import { t } from '../teksten';
import { bronNaam, feitTekst, geldigheid, persoonVan } from './feiten';
import { rolNaam } from './weergave';

type DossierFeit = DossierOverzicht['feiten'][number];

function Feitentabel({
  feiten,
  personen,
  bijschrift,
  vervangen,
}: {
  feiten: readonly DossierFeit[];
  personen: DossierOverzicht['personen'];
  bijschrift: string;
  vervangen: boolean;
}) {
  return (
    <Tabel
      bijschrift={bijschrift}
      kolommen={[
        t('werk.dossier.soort'),
        t('werk.dossier.persoon'),
        t('werk.dossier.bron'),
        t('werk.dossier.geldig'),
        vervangen ? t('werk.dossier.vervallen') : t('werk.dossier.geregistreerd'),
      ]}
      klasse={`rm-feiten${vervangen ? ' rm-feiten--vervangen' : ''}`}
    >
      {feiten.map((f) => {
        const x = feitTekst(f);
        const inhoud = (
          <>
            <span className="rm-feit-label">{x.label}:</span> {x.waarde}
          </>
        );
        return (
          <tr key={f.id} data-feit={f.soort}>
            <th scope="row">{vervangen ? <del>{inhoud}</del> : inhoud}</th>
            <td>{persoonVan(f.persoonBsn, personen)}</td>
            <td>{bronNaam(f.bron)}</td>
            <td>{geldigheid(f)}</td>
            <td>
              {vervangen && f.vervallenOp ? (
                <>
                  {t('werk.dossier.vervangenOp', { moment: moment(f.vervallenOp) })}
                  <br />
                  <span className="rm-klein">
                    {t('werk.dossier.vastgelegdOp', { moment: moment(f.geregistreerdOp) })}
                  </span>
                </>
              ) : (
                moment(f.geregistreerdOp)
              )}
            </td>
          </tr>
        );
      })}
    </Tabel>
  );
}

export function DossierSectie({ dossier }: { dossier: DossierOverzicht }) {
  const geldend = dossier.feiten.filter((f) => !f.vervallenOp);
  const vervangen = dossier.feiten.filter((f) => f.vervallenOp);
  return (
    <>
      <Heading level={3}>{t('werk.dossier.personen')}</Heading>
      <UnorderedList>
        {dossier.personen.map((p) => (
          <ListItem key={`${p.bsn}-${p.rol}`}>
            {rolNaam(p.rol)}: BSN {p.bsn}, {t('werk.dossier.geboren')} {datum(p.geboortedatum)}
          </ListItem>
        ))}
      </UnorderedList>
      <Heading level={3}>{t('werk.dossier.feitenKop')}</Heading>
      <Feitentabel
        feiten={geldend}
        personen={dossier.personen}
        bijschrift={t('werk.dossier.feiten', { aantal: geldend.length })}
        vervangen={false}
      />
      {vervangen.length > 0 ? (
        <details className="rm-uitleg" data-testid="vervangen-feiten">
          <summary>{t('werk.dossier.vervangen', { aantal: vervangen.length })}</summary>
          <Feitentabel
            feiten={vervangen}
            personen={dossier.personen}
            bijschrift={t('werk.dossier.vervangenTabel')}
            vervangen
          />
        </details>
      ) : null}
    </>
  );
}
