/**
 * The shared building blocks that the pages now use instead of their own copies: the table (caption,
 * column headers, keyboard-reachable scroll box), the POST form with its CSRF field, the submit
 * buttons, the field wrapper (label, description, error tied with aria-describedby) and the field
 * group with its description.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Knoppen, PostFormulier, Verzendknop } from './formulier';
import { Tabel } from './Tabel';
import { foutVoor, Keuzelijst, Tekstvak, Tekstveld, Veldgroep } from './velden';

const html = (x: React.ReactElement) => renderToStaticMarkup(x);

describe('Tabel', () => {
  it('names the table and its scroll box with the caption and marks the column headers', () => {
    const h = html(
      <Tabel bijschrift="Mijn zaken" kolommen={['Wat', 'Status']} klasse="rm-extra">
        <tr>
          <th scope="row">Terugbellen</th>
          <td>Open</td>
        </tr>
      </Tabel>,
    );
    expect(h).toMatch(/^<section class="rm-tabel-wrap" tabindex="0" aria-label="Mijn zaken">/);
    expect(h).toContain('<table class="utrecht-table rm-tabel rm-extra"><caption>Mijn zaken</caption>');
    expect(h).toContain('<thead><tr><th scope="col">Wat</th><th scope="col">Status</th></tr></thead>');
    expect(h).toContain('<tbody><tr><th scope="row">Terugbellen</th><td>Open</td></tr></tbody>');
  });
});

describe('PostFormulier and buttons', () => {
  it('posts to the action with the CSRF token as the first field and leaves validation to the server', () => {
    const h = html(
      <PostFormulier action="/mijn/terugbellen" csrf="abc">
        <Knoppen>
          <Verzendknop>Verstuur</Verzendknop>
          <Verzendknop soort="secundair" naam="stap" waarde="controleer">
            Eerst controleren
          </Verzendknop>
        </Knoppen>
      </PostFormulier>,
    );
    const form = /^<form([^>]*)>(.*)<\/form>$/.exec(h);
    expect(form?.[1]).toContain('method="post"');
    expect(form?.[1]).toContain('action="/mijn/terugbellen"');
    expect(form?.[1]).toMatch(/novalidate=""/i);
    expect(form?.[2]).toMatch(
      /^<input type="hidden" name="_csrf" value="abc"\/><div class="rm-form-actions">/,
    );
    expect(h).toContain(
      '<button class="utrecht-button utrecht-button--submit utrecht-button--primary-action" type="submit">Verstuur</button>',
    );
    expect(h).toContain(
      '<button class="utrecht-button utrecht-button--submit utrecht-button--secondary-action" type="submit" value="controleer" name="stap">',
    );
  });
});

describe('fields', () => {
  it('ties description and error to the input, for every kind of field', () => {
    for (const h of [
      html(<Tekstveld name="x" label="X" value="" beschrijving="Uitleg" fout="Fout" verplicht />),
      html(<Tekstvak name="x" label="X" value="" beschrijving="Uitleg" fout="Fout" verplicht />),
    ]) {
      expect(h).toMatch(/<label for="veld-x" class="utrecht-form-label">X<span class="rm-required"/);
      expect(h).toContain('id="veld-x-uitleg">Uitleg</div>');
      expect(h).toContain('id="veld-x-fout">Fout</div>');
      expect(h).toMatch(/id="veld-x"[^>]*aria-describedby="veld-x-uitleg veld-x-fout"/);
      expect(h).toMatch(/aria-invalid="true"/);
    }
    const zonder = html(<Keuzelijst name="k" label="K" value="b" keuzes={[{ waarde: 'b', label: 'B' }]} />);
    expect(zonder).not.toContain('aria-describedby');
    expect(zonder).not.toContain('aria-invalid');
  });

  it('finds the message of one field', () => {
    const fout = foutVoor([{ veld: 'bsn', melding: 'Vul uw BSN in.' }]);
    expect(fout('bsn')).toBe('Vul uw BSN in.');
    expect(fout('naam')).toBeUndefined();
  });

  it('points a field group to its description only when it has one', () => {
    expect(
      html(<Veldgroep legend="Huur" beschrijving="Alleen bij huur." uitlegId="huur-uitleg" children="x" />),
    ).toMatch(
      /aria-describedby="huur-uitleg".*<div class="utrecht-form-field-description" id="huur-uitleg">Alleen bij huur\.<\/div>x/,
    );
    expect(html(<Veldgroep legend="U">x</Veldgroep>)).not.toContain('aria-describedby');
  });
});
