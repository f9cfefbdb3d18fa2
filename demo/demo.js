// The demo's language, theme and colour-scheme switches.
import clock from './sample-clock.json' with {type: 'json'};

const controls = document.getElementById('controls');
const main = document.getElementById('demo');
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme', 'scheme']) {
  // A value the select does not offer (a mistyped link) keeps its default.
  const select = controls.elements[name];
  if ([...select.options].some((o) => o.value === params.get(name)))
    select.value = params.get(name);
}
// Once the sample registration has closed, the event cards and the form are
// shown as on a day before it (the note under the title says so), so that
// the demo still has an open form to try; ?now=2027-04-02 picks another day.
const now =
  params.get('now') ??
  (Date.now() > Date.parse(clock.closes) ? clock.now : null);
if (now && !Number.isNaN(Date.parse(now))) {
  for (const el of main.querySelectorAll('event-card, signup-form'))
    el.now = new Date(now);
  const note = document.getElementById('clock-note');
  const day = new Date(now).toLocaleDateString('en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  note.textContent = `The event cards and the form are shown as on ${day}${params.has('now') ? '' : ', when the sample events were still to come'}.`;
  note.hidden = false;
}

function apply() {
  const {lang, theme, scheme} = controls.elements;
  document.getElementById('theme').href = `/dist/themes/${theme.value}.css`;
  document.documentElement.style.colorScheme =
    scheme.value === 'auto' ? 'light dark' : scheme.value;
  // The language on the elements alone: the demo's own headings and the
  // fallbacks (marked lang="en") stay English.
  for (const el of main.querySelectorAll(
    'org-directory, event-card, signup-form, recommendation-list'
  )) {
    el.lang = lang.value;
    el.setAttribute('color-scheme', scheme.value);
  }
}
controls.addEventListener('change', apply);
apply();
