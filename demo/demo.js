// The demo's language, theme and colour-scheme switches.
const controls = document.getElementById('controls');
const main = document.getElementById('demo');
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme', 'scheme']) {
  if (params.has(name)) controls.elements[name].value = params.get(name);
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
