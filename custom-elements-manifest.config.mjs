// The analyzer (npm run analyze) reads the flags in package.json and this
// file's plugins.
export default {
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
  ],
};
