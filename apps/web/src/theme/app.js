// Progressive enhancement only: every page works without this script.
// When a form comes back with errors, move focus to the error summary so that screen readers
// announce it and keyboard users start there (NL Design System / GOV.UK error summary pattern).
(() => {
  const summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();
})();

// Questions that only matter for some answers (`data-toon-als`): hidden until they matter, e.g. the
// partner's questions until "Heeft u een partner?" is "Ja". Conditions, joined by `&`:
// `naam=waarde`, `naam!=waarde` (a radio group's checked value or a field's value), and `opvang`
// (some child goes to childcare). Without this script every question is shown; the server only
// requires the ones that matter for the answers given.
(() => {
  const blokken = document.querySelectorAll('[data-toon-als]');
  if (blokken.length === 0) return;
  const waarde = (naam) => {
    for (const el of document.getElementsByName(naam)) {
      if (el.type !== 'radio') return el.value;
      if (el.checked) return el.value;
    }
    return '';
  };
  const geldt = (voorwaarde) => {
    if (voorwaarde === 'opvang')
      return [...document.querySelectorAll('select[name$="Opvang"]')].some((s) => s.value !== 'geen');
    const m = /^(\w+)(!?=)(.*)$/.exec(voorwaarde);
    if (!m) return true;
    return (waarde(m[1]) === m[3]) === (m[2] === '=');
  };
  const pasAan = () => {
    for (const blok of blokken) blok.hidden = !blok.dataset.toonAls.split('&').every(geldt);
  };
  document.addEventListener('change', pasAan);
  document.addEventListener('input', pasAan);
  pasAan();
})();
