// The demo's language, theme and colour-scheme switches.
const controls = document.getElementById('controls');
const main = document.getElementById('demo');
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme', 'scheme']) {
  // A value the select does not offer (a mistyped link) keeps its default.
  const select = controls.elements[name];
  if ([...select.options].some((o) => o.value === params.get(name))) select.value = params.get(name);
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
