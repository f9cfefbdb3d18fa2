import type {
  ArgTypesEnhancer,
  LoaderFunction,
  Preview,
} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import {loadAll} from '../src/all.js';
import {action} from 'storybook/actions';
import {PENDING} from '../stories/helpers.js';
import {pasteable} from '../stories/source.js';

// The loading stories point at a feed that never answers. The signup
// stories' receiver answers here, in the browser (a static Storybook has no
// server): `/api/signup` as the demo's does, `/api/signup-fails` with 500,
// `/api/signup-limited` with 429 (too many from one connection; again in
// half an hour, its Retry-After says, as the PHP receiver's does).
const realFetch = window.fetch.bind(window);
const answers: Record<string, number> = {
  '': 201,
  '-fails': 500,
  '-limited': 429,
};
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.includes(PENDING.slice(1))) return new Promise<Response>(() => {});
  const path = new URL(url, location.href).pathname;
  const receiver = /\/api\/signup(-\w+)?$/.exec(path);
  const status = receiver && answers[receiver[1] ?? ''];
  if (init?.method === 'POST' && status)
    return Promise.resolve(
      Response.json(
        {ok: status < 300},
        {status, headers: status == 429 ? {'Retry-After': '1800'} : {}}
      )
    );
  return realFetch(input, init);
};
void loadAll();

// The elements' events (each element's `@fires`, from the manifest) in the
// Actions panel: they bubble out of the story.
type Events = {modules: {declarations?: {events?: {name: string}[]}[]}[]};
for (const name of new Set(
  (manifest as Events).modules.flatMap((m) =>
    (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name))
  )
))
  document.addEventListener(name, (e) =>
    action(name)((e as CustomEvent).detail)
  );

// Controls and API tables show the public API only, and a property that has
// an attribute once (as the attribute: `hide-filters`, not also `hideFilters`).
// An optional string or number (`string | undefined`) gets a text or number
// control, where Storybook would offer "Set object".
type Typed = {type?: {text?: string}};
type Member = Typed & {name: string; privacy?: string; static?: boolean};
type Declaration = {
  members?: Member[];
  attributes?: (Typed & {fieldName?: string})[];
  slots?: {name: string}[];
};
type Manifest = {modules?: {declarations?: Declaration[]}[]};
const publicManifest = structuredClone(manifest) as Manifest;
for (const mod of publicManifest.modules ?? []) {
  for (const d of mod.declarations ?? []) {
    const attributed = new Set(d.attributes?.map((a) => a.fieldName));
    d.members = d.members?.filter(
      (m) =>
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !m.static &&
        !attributed.has(m.name)
    );
    // Storybook's tables leave out a slot without a name (the default one).
    for (const slot of d.slots ?? []) slot.name ||= '(default)';
    for (const a of d.attributes ?? [])
      if (a.type?.text)
        a.type.text = a.type.text.replace(
          /^(string|number) \| undefined$/,
          '$1'
        );
  }
}
setCustomElementsManifest(publicManifest);

// An attribute whose type is a union of strings (`'light' | 'dark' | 'auto'`)
// becomes an enum with those options and a radio control. Storybook keeps
// such an arg from a link (`?args=color-scheme:dark`) only when it knows the
// type; from the manifest's type text alone it dropped it.
const literalUnions: ArgTypesEnhancer = ({argTypes}) => {
  for (const argType of Object.values(argTypes)) {
    const text =
      argType.type && typeof argType.type === 'object' ? argType.type.name : '';
    if (!/^'[^']*'( \| '[^']*')+$/.test(text)) continue;
    const options = text.split(' | ').map((o) => o.slice(1, -1));
    argType.type = {name: 'enum', value: options};
    argType.options ??= options;
    argType.control ??= {type: 'inline-radio'};
  }
  return argTypes;
};

// Events, slots, custom properties and parts are documented, not set: no
// control (Storybook offered "Set object", which changed nothing).
const documentedOnly: ArgTypesEnhancer = ({argTypes}) => {
  for (const argType of Object.values(argTypes)) {
    const category = argType.table?.category;
    if (category && !/^(attributes|properties)$/.test(category))
      argType.control = false;
  }
  return argTypes;
};

// A story opened after another starts as it is written: without the
// directory's state in the frame's URL (`od.q=…`, which Storybook keeps
// when it changes stories), without the recommendation the one before
// opened (`#rec-…`, which the next list would open and focus), and without
// a draft or checklist progress that the one before stored. (The first
// story keeps a shared link's state.)
let lastStory: string | undefined;
const isolate: LoaderFunction = ({id}) => {
  if (lastStory && lastStory !== id) {
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()])
      if (key.includes('.')) url.searchParams.delete(key);
    url.hash = '';
    history.replaceState(history.state, '', url);
    for (const store of [sessionStorage, localStorage])
      for (const key of Object.keys(store))
        if (key.startsWith('lym-')) store.removeItem(key);
  }
  lastStory = id;
  return {};
};

const LOCALES = [
  {value: 'en', title: 'English'},
  {value: 'lv', title: 'Latviešu'},
  {value: 'lt', title: 'Lietuvių'},
  {value: 'sv', title: 'Svenska'},
  {value: 'el', title: 'Ελληνικά'},
  {value: 'pt', title: 'Português'},
  // Not shipped: the elements fall back to English, marked lang="en".
  {value: 'ru', title: 'Русский (English fallback)'},
];
const THEMES = ['default', 'lsua', 'talsi'].flatMap((t) => [
  {value: `${t}-light`, title: `${t} (light)`},
  {value: `${t}-dark`, title: `${t} (dark)`},
]);

function applyTheme(value: string) {
  const [name, scheme] = value.split('-');
  let link = document.getElementById('lym-theme') as HTMLLinkElement | null;
  if (!link) {
    link = document.createElement('link');
    link.id = 'lym-theme';
    link.rel = 'stylesheet';
    document.head.append(link);
  }
  link.href = `./themes/${name}.css`;
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = scheme === 'dark' ? '#0e1216' : '#f4f6f8';
  document.body.style.color = scheme === 'dark' ? '#eef1f4' : '#1b1f24';
  // The elements take the page's font, as on a partner's site (the story
  // frame has none of its own: they showed in the browser's serif).
  document.body.style.fontFamily = 'system-ui, sans-serif';
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES,
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme and colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES,
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'default-light'},
  argTypesEnhancers: [literalUnions, documentedOnly],
  loaders: [isolate],
  decorators: [
    (story, context) => {
      applyTheme(String(context.globals.theme ?? 'default-light'));
      return html`<div lang=${String(context.globals.locale ?? 'en')} style="color-scheme: inherit">${story()}</div>`;
    },
  ],
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
    docs: {
      toc: true,
      source: {
        transform: (code: string, {args}: {args: Record<string, unknown>}) =>
          pasteable(code, args),
      },
    },
  },
};
export default preview;
