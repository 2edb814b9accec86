/**
 * @module
 * The error summary (NL Design System / GOV.UK pattern): a focusable box at the top of the form
 * with one link per error to its field. It gets focus on load (by `autofocus`, and by the small
 * enhancement script), so screen readers announce it and keyboard users start there
 * (WCAG 3.3.1 error identification, 2.4.3 focus order).
 */
import { t } from '../teksten';
import { Heading, Paragraph } from './nlds';
import { veldId } from './velden';

export interface VeldFout {
  /** The form field's name, or undefined for an error that belongs to no single field. */
  readonly veld?: string;
  readonly melding: string;
}

export function Foutensamenvatting({ fouten }: { fouten: readonly VeldFout[] }) {
  if (fouten.length === 0) return null;
  return (
    <section
      className="rm-error-summary"
      tabIndex={-1}
      data-error-summary=""
      aria-labelledby="foutensamenvatting-titel"
    >
      <Heading level={2} id="foutensamenvatting-titel">
        {t('fout.samenvatting')}
      </Heading>
      <Paragraph>{t('fout.samenvattingUitleg')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {fouten.map((f, i) => (
          <li key={`${f.veld ?? ''}-${i}`} className="utrecht-unordered-list__item">
            {f.veld ? <a href={`#${veldId(f.veld)}`}>{f.melding}</a> : f.melding}
          </li>
        ))}
      </ul>
    </section>
  );
}
