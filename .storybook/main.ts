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
};
export default config;
