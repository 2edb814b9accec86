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
import type { VeldFout } from './Foutensamenvatting';

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

/** What a one-input field needs from its caller, (label, description, error). */
export interface VeldBasis {
  readonly name: string;
  readonly label: string;
  readonly beschrijving?: string | undefined;
  readonly value: string;
  readonly fout?: string | undefined;
  readonly verplicht?: boolean | undefined;
}

export interface TekstveldProps extends VeldBasis {
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric' | 'decimal';
  readonly type?: 'text' | 'password';
  /** Width in characters, as a hint of the expected length (WCAG-friendly sizing). */
  readonly breedte?: number;
}

/** The id of a field's input; the error summary links to it. */
export const veldId = (name: string) => `veld-${name}`;

/** The message for one field from a form's list of errors (`undefined` when it has none). */
export const foutVoor =
  (fouten: readonly VeldFout[]) =>
  (veld: string): string | undefined =>
    fouten.find((f) => f.veld === veld)?.melding;

/**
 * A group of fields under a legend, with an optional description that the fieldset points to;
 * `uitlegId` is the description's id (a link may lead to it).
 */
export function Veldgroep({
  legend,
  beschrijving,
  uitlegId,
  children,
}: {
  legend: string;
  beschrijving?: string;
  uitlegId?: string;
  children: ReactNode;
}) {
  const id = beschrijving ? uitlegId : undefined;
  return (
    <Fieldset aria-describedby={id}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {beschrijving && id ? <Beschrijving id={id}>{beschrijving}</Beschrijving> : null}
      {children}
    </Fieldset>
  );
}

/** The attributes that tie an input to its description and error. */
interface Koppeling {
  readonly id: string;
  readonly 'aria-describedby'?: string | undefined;
}

/**
 * The NLDS form field around one input: label (with the required mark), description, error
 * message; `input` gets the id and `aria-describedby` that tie it to them.
 */
function Veld(p: VeldBasis & { readonly input: (k: Koppeling) => ReactNode }) {
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
      input={p.input({ id, 'aria-describedby': describedBy(descId, errId) })}
    />
  );
}

export function Tekstveld(p: TekstveldProps) {
  return (
    <Veld
      {...p}
      input={(k) => (
        <Textbox
          {...k}
          name={p.name}
          type={p.type ?? 'text'}
          defaultValue={p.value}
          invalid={Boolean(p.fout)}
          required={p.verplicht}
          autoComplete={p.autoComplete ?? 'off'}
          inputMode={p.inputMode}
          size={p.breedte}
        />
      )}
    />
  );
}

/**
 * A file field for one or more files (`multiple`); `accept` helps the browser's picker only, the
 * server decides by the file's own bytes. Its form must be sent as `multipart/form-data`.
 */
export function Bestandsveld(
  p: Omit<VeldBasis, 'value'> & { readonly accept: string; readonly meer?: boolean },
) {
  return (
    <Veld
      {...p}
      value=""
      input={(k) => (
        <input
          {...k}
          className={`utrecht-textbox utrecht-textbox--html-input${p.fout ? ' utrecht-textbox--invalid' : ''}`}
          type="file"
          name={p.name}
          accept={p.accept}
          multiple={p.meer ?? false}
          aria-invalid={p.fout ? true : undefined}
        />
      )}
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

export interface KeuzelijstProps extends Omit<VeldBasis, 'beschrijving' | 'verplicht'> {
  readonly keuzes: readonly Keuze[];
}

/** A native select, styled as the NLDS Select. */
export function Keuzelijst(p: KeuzelijstProps) {
  return (
    <Veld
      {...p}
      input={(k) => (
        <select
          {...k}
          name={p.name}
          defaultValue={p.value}
          className={`utrecht-select utrecht-select--html-select${p.fout ? ' utrecht-select--invalid' : ''}`}
          aria-invalid={p.fout ? true : undefined}
        >
          {p.keuzes.map((c) => (
            <option key={c.waarde} value={c.waarde}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export interface TekstvakProps extends VeldBasis {
  readonly rijen?: number;
}

/** A multi-line text field (NLDS Textarea look), wired like `Tekstveld`. */
export function Tekstvak(p: TekstvakProps) {
  return (
    <Veld
      {...p}
      input={(k) => (
        <textarea
          {...k}
          name={p.name}
          defaultValue={p.value}
          rows={p.rijen ?? 3}
          required={p.verplicht}
          className={`utrecht-textarea utrecht-textarea--html-textarea rm-textarea${p.fout ? ' utrecht-textarea--invalid' : ''}`}
          aria-invalid={p.fout ? true : undefined}
        />
      )}
    />
  );
}
