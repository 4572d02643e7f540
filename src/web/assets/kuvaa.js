// Small progressive enhancements; every flow also works without JavaScript.
(function () {
  'use strict';
  // Ask before leaving a form with unsaved changes (forms marked data-warn-unsaved).
  var dirty = false;
  document.addEventListener('input', function (event) {
    if (event.target.form && event.target.form.hasAttribute('data-warn-unsaved')) dirty = true;
  });
  document.addEventListener('submit', function () { dirty = false; });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ''; }
  });
  // Copy buttons next to secrets.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button || !navigator.clipboard) return;
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (source) navigator.clipboard.writeText(source.textContent.trim()).then(function () { button.setAttribute('data-copied', ''); });
  });
  // Focus the error summary when a form comes back with errors.
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
})();
