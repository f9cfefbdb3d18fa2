import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {
  EMPTY_FEED,
  FEED,
  MISSING,
  PENDING,
  awkwardFeed,
  rendered,
  rightToLeftPage,
  withArgs,
  describeElement,
} from './helpers.js';

const meta: Meta = {
  title: 'Elements/org-directory',
  component: 'org-directory',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: describeElement(
          'org-directory',
          '<org-directory src="/assets/lym/feed.json">\n  <a href="/organisations.pdf">The list of organisations</a>\n</org-directory>'
        ),
      },
    },
  },
  args: {src: FEED},
  render: (args) =>
    html`<org-directory
      ${withArgs(args)}
      ><p lang="en">Fallback: <a href="https://lsua.lv">the list of organisations</a></p></org-directory
    >`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const LatviaOnly: Story = {args: {country: 'LV'}};
export const YouthOrganisationsPlainList: Story = {
  args: {types: 'youth-organization', 'hide-filters': true},
};
export const LookingForPartnersInEducation: Story = {
  args: {fields: 'education'},
};
/** A search that finds nothing (typed into the search box): "No organisations match." and Clear filters. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const NoMatches: Story = {
  play: async ({canvasElement}) => {
    const search = await rendered<HTMLInputElement>(
      canvasElement,
      '[part~="search"]'
    );
    if (!search) return;
    search.value = 'Zagreb';
    search.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  },
};
export const Loading: Story = {args: {src: PENDING}};
export const FeedUnavailable: Story = {args: {src: MISSING}};
/** One feed of two failed: the other's organisations, and a note under the count. */
export const OneOfTwoFeedsUnavailable: Story = {
  args: {src: `${FEED} ${MISSING}`},
};
export const Empty: Story = {args: {src: '', data: EMPTY_FEED}};
export const LongAndAwkwardTexts: Story = {
  args: {src: '', data: awkwardFeed()},
};
/** A phone (Storybook's viewport): the facets wait behind the Filters button. */
export const OnAPhone: Story = {
  globals: {viewport: {value: 'mobile1', isRotated: false}},
};
/** A phone with the facets open and an option ticked: the facets end with "Show results (N)", which folds them and takes the focus to the count. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const OnAPhoneChoosingFilters: Story = {
  globals: {viewport: {value: 'mobile1', isRotated: false}},
  play: async ({canvasElement}) => {
    const button = await rendered(canvasElement, '[part~="filters-button"]');
    if (button?.getAttribute('aria-expanded') === 'false') button.click();
    (await rendered(canvasElement, '[part~="facet__checkbox"]'))?.click();
  },
};
/**
 * In a column narrower than the filters and the results side by side (a CMS
 * page's content, 36rem) of a wide window: the facets wait behind the
 * Filters button, as on a phone.
 */
export const InANarrowColumn: Story = {
  decorators: [(story) => html`<div style="max-width: 36rem">${story()}</div>`],
};
/** On an Arabic, right-to-left page: the directory in English, marked lang="en" dir="ltr". */
export const OnARightToLeftPage: Story = {decorators: [rightToLeftPage]};
