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
  // Language tabs: one language section at a time, tabs only for the chosen language versions.
  // Without JavaScript every section stays on the page and the tab links jump to them.
  Array.prototype.forEach.call(document.querySelectorAll('[data-language-tabs]'), function (nav) {
    var form = nav.closest('form') || document;
    var list = nav.querySelector('ul');
    var tabs = Array.prototype.slice.call(nav.querySelectorAll('a[data-language]'));
    var panelOf = function (tab) { return document.getElementById(tab.getAttribute('href').slice(1)); };
    var boxOf = function (tab) { return form.querySelector('input[name="languages"][value="' + tab.getAttribute('data-language') + '"]'); };
    var visible = function () {
      var shown = tabs.filter(function (tab) { var box = boxOf(tab); return !box || box.checked; });
      return shown.length ? shown : tabs.slice(0, 1);
    };
    list.setAttribute('role', 'tablist');
    tabs.forEach(function (tab) {
      var panel = panelOf(tab);
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.parentNode.setAttribute('role', 'presentation');
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('tabindex', '-1');
    });
    var select = function (chosen, focus) {
      var shown = visible();
      if (shown.indexOf(chosen) < 0) chosen = shown[0];
      tabs.forEach(function (tab) {
        var on = tab === chosen;
        tab.parentNode.hidden = shown.indexOf(tab) < 0;
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
        tab.setAttribute('tabindex', on ? '0' : '-1');
        panelOf(tab).hidden = !on;
      });
      if (focus) chosen.focus();
    };
    var current = function () { return tabs.filter(function (tab) { return tab.getAttribute('aria-selected') === 'true'; })[0]; };
    var tabOfElement = function (element) {
      var panel = element && element.closest('.language-section');
      return panel && tabs.filter(function (each) { return panelOf(each) === panel; })[0];
    };
    // start on the language of a field linked to (the publish dialog's links), else the first
    // language with an error, else the first chosen one
    var linked = window.location.hash && tabOfElement(document.getElementById(decodeURIComponent(window.location.hash.slice(1))));
    var withError = visible().filter(function (tab) { return panelOf(tab).querySelector('[aria-invalid="true"], .error-text'); })[0];
    select(linked || withError || visible()[0], false);
    if (linked) document.getElementById(decodeURIComponent(window.location.hash.slice(1))).focus();
    window.addEventListener('hashchange', function () {
      var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      var tab = tabOfElement(target);
      if (tab && panelOf(tab).hidden) { select(tab, false); target.focus(); }
    });
    nav.addEventListener('click', function (event) {
      var tab = event.target.closest('a[data-language]');
      if (!tab) return;
      event.preventDefault();
      select(tab, true);
    });
    nav.addEventListener('keydown', function (event) {
      var shown = visible();
      var index = shown.indexOf(current());
      var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: shown.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(shown[(next + shown.length) % shown.length], true);
    });
    form.addEventListener('change', function (event) {
      if (event.target.name === 'languages') select(event.target.checked ? tabs.filter(function (tab) { return boxOf(tab) === event.target; })[0] : current(), false);
    });
    // a link to a field in a hidden language (the error summary) opens that language first
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      if (!link || nav.contains(link)) return;
      var tab = tabOfElement(document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))));
      if (tab && panelOf(tab).hidden) select(tab, false);
    });
  });
  // Filtering a classification tree by words: matching classes show, their main classes open.
  Array.prototype.forEach.call(document.querySelectorAll('[data-tree-filter]'), function (box) {
    var picker = box.closest('fieldset');
    var input = box.querySelector('input');
    var status = box.querySelector('[data-tree-filter-status]');
    var norm = function (text) { return text.toLocaleLowerCase('fi').normalize('NFD').replace(/[\u0300-\u036f]/g, ''); };
    box.hidden = false;
    input.addEventListener('input', function () {
      var words = norm(input.value.trim()).split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(picker.querySelectorAll('details'), function (details) {
        var items = Array.prototype.slice.call(details.querySelectorAll('.checkbox'));
        var mainMatches = false;
        var any = false;
        items.forEach(function (item, index) {
          var text = norm(item.textContent);
          var match = words.every(function (word) { return text.indexOf(word) >= 0; });
          if (index === 0) mainMatches = match;
          var visible = !words.length || match || mainMatches;
          item.hidden = !visible;
          if (words.length && match) { any = true; shown++; }
        });
        details.hidden = words.length > 0 && !any;
        if (words.length) details.open = any;
        else details.open = !!details.querySelector('input:checked');
      });
      status.textContent = words.length ? status.getAttribute('data-tree-filter-status').replace('{count}', shown) : '';
    });
  });
  // Character counters of limited texts ("12/150").
  document.addEventListener('input', function (event) {
    var counter = event.target.id && document.querySelector('[data-counter-for="' + event.target.id + '"]');
    if (!counter || !event.target.maxLength || event.target.maxLength < 0) return;
    var length = Array.from(event.target.value).length;
    counter.textContent = length + '/' + event.target.maxLength;
    counter.classList.toggle('counter--over', length > event.target.maxLength);
  });
  // Focus the error summary when a form comes back with errors.
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
})();
