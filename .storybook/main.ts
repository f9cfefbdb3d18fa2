import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The sample feed and the themes are served as files, so stories load the
  // feed through the same loader the elements use.
  staticDirs: [
    {from: '../src/feed', to: '/feed'},
    {from: '../src/themes', to: '/themes'},
  ],
  // One Lit in the dev server too: its dependency optimizer bundled a copy
  // into its own files, and the elements' imports that it did not bundle
  // loaded Lit's modules from node_modules ("Multiple versions of Lit
  // loaded" in every story). Lit is ES modules: served as they are, once.
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      exclude: [
        ...(config.optimizeDeps?.exclude ?? []),
        'lit',
        'lit-html',
        'lit-element',
        '@lit/reactive-element',
      ],
    },
  }),
};
export default config;
