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
      ><p lang="en">Fallback: the recommendations are on lsua.lv.</p></recommendation-list
    >`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Checklist: Story = {args: {mode: 'checklist'}};
/** A step ticked, then "Reset progress": the button now offers "Undo reset". On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const ChecklistAfterReset: Story = {
  args: {mode: 'checklist'},
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('recommendation-list');
    (
      await rendered(canvasElement, '[part~="steps"] input[type="checkbox"]')
    )?.click();
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    (await rendered(canvasElement, '[part~="reset-button"]'))?.click();
  },
};
/** Checklist mode with two steps of the first recommendation ticked (their checkboxes clicked). On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const ChecklistPartlyTicked: Story = {
  args: {mode: 'checklist'},
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('recommendation-list');
    const details = await rendered<HTMLDetailsElement>(
      canvasElement,
      '[part~="details"]'
    );
    if (!details) return;
    // Opened to show the ticks (as a link to the recommendation opens it:
    // a click on its summary would leave that link in the frame's URL).
    details.open = true;
    const boxes = details.querySelectorAll<HTMLInputElement>(
      'input[type="checkbox"]'
    );
    // (Those the page's storage has as ticked already stay so: another
    // visit to this story in the same browser shows the same.)
    for (const box of [...boxes].slice(0, 2)) {
      if (box.checked) continue;
      box.click();
      await (el as unknown as {updateComplete: Promise<unknown>})
        .updateComplete;
    }
  },
};
/** "Show all steps" pressed: every recommendation's steps open, and the button now says "Hide all steps". On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const AllStepsShown: Story = {
  play: async ({canvasElement}) => {
    (await rendered(canvasElement, '[part~="expand-button"]'))?.click();
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
/** On an Arabic, right-to-left page: the list in English, marked lang="en" dir="ltr". */
export const OnARightToLeftPage: Story = {decorators: [rightToLeftPage]};
