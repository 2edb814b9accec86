// Progressive enhancement only: every page works without this script.
// When a form comes back with errors, move focus to the error summary so that screen readers
// announce it and keyboard users start there (NL Design System / GOV.UK error summary pattern).
(() => {
  const summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();
})();
