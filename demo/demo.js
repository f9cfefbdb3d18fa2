// The demo's language, theme and colour-scheme switches.
const controls = document.getElementById('controls');
const main = document.getElementById('demo');
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme', 'scheme']) {
  // A value the select does not offer (a mistyped link) keeps its default.
  const select = controls.elements[name];
  if ([...select.options].some((o) => o.value === params.get(name))) select.value = params.get(name);
}
// The sample feed's made-up events are in 2027. Once their registration has
// closed, the event cards and the form are shown as on 15 January 2027 (the
// note under the title says so), so that the demo still has an open form to
// try; ?now=2027-04-02 shows them as on another day.
const SAMPLE_CLOSES = Date.parse('2027-03-20T23:59:00+02:00');
const now = params.get('now') ?? (Date.now() > SAMPLE_CLOSES ? '2027-01-15T10:00:00Z' : null);
if (now && !Number.isNaN(Date.parse(now))) {
  for (const el of main.querySelectorAll('event-card, signup-form')) el.now = new Date(now);
  const note = document.getElementById('clock-note');
  const day = new Date(now).toLocaleDateString('en-GB', {dateStyle: 'long', timeZone: 'UTC'});
  note.textContent = `The event cards and the form are shown as on ${day}${params.has('now') ? '' : ', when the sample events were still to come'}.`;
  note.hidden = false;
}

function apply() {
  const {lang, theme, scheme} = controls.elements;
  main.lang = lang.value;
  document.getElementById('theme').href = `/dist/themes/${theme.value}.css`;
  document.documentElement.style.colorScheme = scheme.value === 'auto' ? 'light dark' : scheme.value;
  for (const el of main.querySelectorAll('org-directory, event-card, signup-form, recommendation-list')) {
    el.setAttribute('color-scheme', scheme.value);
  }
}
controls.addEventListener('change', apply);
apply();
