/**
 * @module
 * A list of labelled values (NL Design System "data list" pattern) as a native <dl>, and a
 * visually hidden text for screen readers (e.g. which toeslag a repeated link is about). Tables
 * are in `Tabel.tsx`.
 */
import type { ReactNode } from 'react';

export function Gegevenslijst({ rijen }: { rijen: readonly (readonly [string, ReactNode] | null)[] }) {
  return (
    <dl className="rm-gegevens">
      {rijen.map((r) =>
        r ? (
          <div key={r[0]} className="rm-gegevens-rij">
            <dt>{r[0]}</dt>
            <dd>{r[1]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

export function Verborgen({ children }: { children: ReactNode }) {
  return <span className="rm-visueel-verborgen">{children}</span>;
}
