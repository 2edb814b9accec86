/**
 * @module
 * Form fields in the NL Design System pattern, server-rendered: label, description, error message
 * and input, wired with `aria-describedby` (description and error) and `aria-invalid`, so a
 * screen reader reads the error with the field (WCAG 1.3.1, 3.3.1, 3.3.2, 4.1.2).
 */
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { Textbox } from '@utrecht/textbox-react';
import type { ReactNode } from 'react';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string');
  return list.length ? list.join(' ') : undefined;
}

function Verplicht() {
  return (
    <span className="rm-required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

function Beschrijving({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field-description" id={id}>
      {children}
    </div>
  );
}

function Foutmelding({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field-error-message" id={id}>
      {children}
    </div>
  );
}

export interface TekstveldProps {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly beschrijving?: string;
  readonly fout?: string;
  readonly verplicht?: boolean;
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric' | 'decimal';
  readonly type?: 'text' | 'password';
  /** Width in characters, as a hint of the expected length (WCAG-friendly sizing). */
  readonly breedte?: number;
}

/** The id of a field's input; the error summary links to it. */
export const veldId = (name: string) => `veld-${name}`;

export function Tekstveld(p: TekstveldProps) {
  const id = veldId(p.name);
  const descId = p.beschrijving ? `${id}-uitleg` : undefined;
  const errId = p.fout ? `${id}-fout` : undefined;
  return (
    <FormField
      invalid={Boolean(p.fout)}
      label={
        <FormLabel htmlFor={id}>
          {p.label}
          {p.verplicht ? <Verplicht /> : null}
        </FormLabel>
      }
      description={descId ? <Beschrijving id={descId}>{p.beschrijving}</Beschrijving> : undefined}
      errorMessage={errId ? <Foutmelding id={errId}>{p.fout}</Foutmelding> : undefined}
      input={
        <Textbox
          id={id}
          name={p.name}
          type={p.type ?? 'text'}
          defaultValue={p.value}
          invalid={Boolean(p.fout)}
          required={p.verplicht}
          autoComplete={p.autoComplete ?? 'off'}
          inputMode={p.inputMode}
          size={p.breedte}
          aria-describedby={describedBy(descId, errId)}
        />
      }
    />
  );
}

export interface Keuze {
  readonly waarde: string;
  readonly label: string;
}

export interface KeuzerondjesProps {
  readonly name: string;
  readonly legend: string;
  readonly keuzes: readonly Keuze[];
  readonly value: string;
  readonly beschrijving?: string;
  readonly fout?: string;
  readonly verplicht?: boolean;
}

/** Radio buttons in a fieldset; the summary links to the first option. */
export function Keuzerondjes(p: KeuzerondjesProps) {
  const id = veldId(p.name);
  const descId = p.beschrijving ? `${id}-uitleg` : undefined;
  const errId = p.fout ? `${id}-fout` : undefined;
  return (
    <Fieldset invalid={Boolean(p.fout)} aria-describedby={describedBy(descId, errId)}>
      <FieldsetLegend>
        {p.legend}
        {p.verplicht ? <Verplicht /> : null}
      </FieldsetLegend>
      {descId ? <Beschrijving id={descId}>{p.beschrijving}</Beschrijving> : null}
      {errId ? <Foutmelding id={errId}>{p.fout}</Foutmelding> : null}
      {p.keuzes.map((k, i) => {
        const kid = i === 0 ? id : `${id}-${k.waarde}`;
        return (
          <div className="rm-radio-row" key={k.waarde}>
            <RadioButton
              id={kid}
              name={p.name}
              value={k.waarde}
              defaultChecked={p.value === k.waarde}
              invalid={Boolean(p.fout)}
            />
            <FormLabel htmlFor={kid} type="radio">
              {k.label}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}

export interface KeuzelijstProps {
  readonly name: string;
  readonly label: string;
  readonly keuzes: readonly Keuze[];
  readonly value: string;
  readonly fout?: string;
}

/** A native select, styled as the NLDS Select. */
export function Keuzelijst(p: KeuzelijstProps) {
  const id = veldId(p.name);
  const errId = p.fout ? `${id}-fout` : undefined;
  return (
    <FormField
      invalid={Boolean(p.fout)}
      label={<FormLabel htmlFor={id}>{p.label}</FormLabel>}
      errorMessage={errId ? <Foutmelding id={errId}>{p.fout}</Foutmelding> : undefined}
      input={
        <select
          id={id}
          name={p.name}
          defaultValue={p.value}
          className={`utrecht-select utrecht-select--html-select${p.fout ? ' utrecht-select--invalid' : ''}`}
          aria-invalid={p.fout ? true : undefined}
          aria-describedby={errId}
        >
          {p.keuzes.map((k) => (
            <option key={k.waarde} value={k.waarde}>
              {k.label}
            </option>
          ))}
        </select>
      }
    />
  );
}

export function CsrfVeld({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export interface TekstvakProps {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly beschrijving?: string;
  readonly fout?: string;
  readonly verplicht?: boolean;
  readonly rijen?: number;
}

/** A multi-line text field (NLDS Textarea look), wired like `Tekstveld`. */
export function Tekstvak(p: TekstvakProps) {
  const id = veldId(p.name);
  const descId = p.beschrijving ? `${id}-uitleg` : undefined;
  const errId = p.fout ? `${id}-fout` : undefined;
  return (
    <FormField
      invalid={Boolean(p.fout)}
      label={
        <FormLabel htmlFor={id}>
          {p.label}
          {p.verplicht ? <Verplicht /> : null}
        </FormLabel>
      }
      description={descId ? <Beschrijving id={descId}>{p.beschrijving}</Beschrijving> : undefined}
      errorMessage={errId ? <Foutmelding id={errId}>{p.fout}</Foutmelding> : undefined}
      input={
        <textarea
          id={id}
          name={p.name}
          defaultValue={p.value}
          rows={p.rijen ?? 3}
          required={p.verplicht}
          className={`utrecht-textarea utrecht-textarea--html-textarea rm-textarea${p.fout ? ' utrecht-textarea--invalid' : ''}`}
          aria-invalid={p.fout ? true : undefined}
          aria-describedby={describedBy(descId, errId)}
        />
      }
    />
  );
}
