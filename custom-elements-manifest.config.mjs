// The analyzer (npm run analyze) reads the flags in package.json and this
// file's plugins.
export default {
  // package.json's `customElements` names the shipped manifest,
  // dist/custom-elements.json (bin/package-manifest.mjs), not this one.
  packagejson: false,
  plugins: [
    {
      // The analyzer turns each `this.dispatchEvent(new LymFooEvent(…))` into
      // an event with no name (or a wrong one, "detail"); the events are the
      // `@fires lym-…` entries of each element's JSDoc. Without this, editors
      // and Storybook's API table list empty rows.
      name: 'lym-named-events-only',
      packageLinkPhase({customElementsManifest}) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? [])
            if (d.events)
              d.events = d.events.filter((e) => e.name?.startsWith('lym-'));
      },
    },
    {
      // `defineElement(name, ctor)` reads to the analyzer as the definition
      // of an element named "name"; the definitions are the four calls in
      // `src/<tag>/define.ts`, made by each element's npm entry
      // (`src/<tag>.ts`, `local-y-mpact-elements/<tag>.js`).
      name: 'lym-definitions',
      packageLinkPhase({customElementsManifest}) {
        const modules = customElementsManifest.modules;
        for (const mod of modules)
          mod.exports = mod.exports?.filter(
            (e) => e.kind !== 'custom-element-definition'
          );
        for (const mod of modules)
          for (const d of mod.declarations ?? []) {
            if (!d.tagName) continue;
            const entry = modules.find((m) => m.path === `src/${d.tagName}.ts`);
            entry?.exports.push({
              kind: 'custom-element-definition',
              name: d.tagName,
              declaration: {name: d.name, module: mod.path},
            });
          }
      },
    },
  ],
};
