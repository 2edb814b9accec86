/**
 * @module
 * One chart with its numbers: the server-drawn SVG (an image with a text alternative) and, beside
 * it, a table made from the same rows. Each cell carries the number it shows (`data-waarde`), so a
 * test can hold the table against the result.
 */
import { Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { euro, getal, uren } from '../opmaak';
import { t } from '../teksten';
import type { Grafiek, Opmaak } from './grafieken';

/** A number of a chart's table as the page shows it. */
export function opmaak(waarde: number, soort: Opmaak): string {
  switch (soort) {
    case 'centen':
      return waarde > 0 ? `+${euro(Math.round(waarde / 100) * 100)}` : euro(Math.round(waarde / 100) * 100);
    case 'euro':
      return waarde > 0 ? `+${euro(waarde * 100)}` : euro(waarde * 100);
    case 'procent':
      return `${getal(Math.round(waarde * 10) / 10)}%`;
    case 'uren':
      return uren(waarde);
    default:
      return getal(waarde);
  }
}

export function GrafiekMetTabel({ g, legenda }: { g: Grafiek; legenda?: readonly [string, string][] }) {
  return (
    <section aria-labelledby={`g-${g.id}`} className="rm-grafiek" data-grafiek={g.id}>
      <Heading level={3} id={`g-${g.id}`}>
        {g.titel}
      </Heading>
      <div className="rm-grafiek-paar">
        <figure className="rm-grafiek-figuur">
          {/* The SVG is drawn on the server by Observable Plot from the result's numbers and our own labels. */}
          <div dangerouslySetInnerHTML={{ __html: g.svg }} />
          <figcaption>
            <Paragraph>{g.beschrijving}</Paragraph>
            {legenda ? (
              <ul className="utrecht-unordered-list rm-legenda" aria-label={t('beleid.grafiek.legenda')}>
                {legenda.map(([naam, klasse]) => (
                  <li key={naam} className="utrecht-unordered-list__item">
                    <span className={`rm-staal ${klasse}`} aria-hidden="true" /> {naam}
                  </li>
                ))}
              </ul>
            ) : null}
          </figcaption>
        </figure>
        <Tabel bijschrift={`${g.titel}: ${t('beleid.grafiek.tabel')}`} kolommen={g.kolommen}>
          {g.rijen.map((r) => (
            <tr key={r.kop}>
              <th scope="row">{r.kop}</th>
              {r.waarden.map((w, i) => (
                <td key={g.kolommen[i + 1]} data-waarde={w}>
                  {opmaak(w, g.opmaak[i]!)}
                </td>
              ))}
            </tr>
          ))}
        </Tabel>
      </div>
    </section>
  );
}
