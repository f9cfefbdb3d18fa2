import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {
  EMPTY_FEED,
  FEED,
  MISSING,
  PENDING,
  awkwardFeed,
  rendered,
  withArgs,
  describeElement,
} from './helpers.js';

const meta: Meta = {
  title: 'Elements/recommendation-list',
  component: 'recommendation-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: describeElement(
          'recommendation-list',
          '<recommendation-list src="/assets/lym/feed.json" mode="checklist">\n  <a href="/recommendations.pdf">The recommendations (PDF)</a>\n</recommendation-list>'
        ),
      },
    },
  },
  args: {src: FEED, mode: 'list'},
  render: (args) =>
    html`<recommendation-list
      ${withArgs(args)}
      ><p>Fallback: the recommendations are on lsua.lv.</p></recommendation-list
    >`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Checklist: Story = {args: {mode: 'checklist'}};
// A step ticked, then "Reset progress": the button now offers "Undo reset".
export const ChecklistAfterReset: Story = {
  args: {mode: 'checklist'},
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('recommendation-list');
    const root = () => el?.shadowRoot;
    (
      await rendered<HTMLInputElement>(
        root,
        '[part~="steps"] input[type="checkbox"]'
      )
    )?.click();
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    root()?.querySelector<HTMLButtonElement>('[part~="reset-button"]')?.click();
  },
};
export const ForMunicipalities: Story = {args: {audience: 'municipality'}};
export const FundingPlainList: Story = {
  args: {topics: 'funding', 'hide-filters': true},
};
export const Loading: Story = {args: {src: PENDING}};
export const FeedUnavailable: Story = {args: {src: MISSING}};
/** One feed of two failed: the other's recommendations, and a note under the count. */
export const OneOfTwoFeedsUnavailable: Story = {
  args: {src: `${FEED} ${MISSING}`},
};
export const Empty: Story = {args: {src: '', data: EMPTY_FEED}};
export const LongAndAwkwardTexts: Story = {
  args: {src: '', data: awkwardFeed()},
};
