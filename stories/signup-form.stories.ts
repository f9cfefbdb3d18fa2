import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {
  EMPTY_FEED,
  FEED,
  MISSING,
  PENDING,
  SAMPLE_NOW,
  asDate,
  cancelledFeed,
  fullFeed,
  networkBackAfter,
  rendered,
  rightToLeftPage,
  seedDraft,
  takeNetworkDown,
  withArgs,
  describeElement,
} from './helpers.js';

const meta: Meta = {
  title: 'Elements/signup-form',
  component: 'signup-form',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: describeElement(
          'signup-form',
          '<signup-form id="register" src="/assets/lym/feed.json" form-id="talsi-2023-08-10-registration">\n  <a href="mailto:info@example.org">Register by e-mail</a>\n</signup-form>'
        ),
      },
    },
  },
  args: {
    src: FEED,
    'form-id': 'sample-2027-partnership-lab-registration',
    action: '/api/signup',
    now: +SAMPLE_NOW,
  },
  // The form as on another day: the date control gives a time in ms.
  argTypes: {now: {control: 'date', type: {name: 'number', required: false}}},
  render: ({now, ...args}) =>
    html`<signup-form ${withArgs(args)} .now=${asDate(now)}
      ><p lang="en">Fallback: <a href="mailto:info@example.org">register by e-mail</a></p></signup-form
    >`,
};
export default meta;
type Story = StoryObj;

export const Open: Story = {};
export const TalsiRegistrationClosed: Story = {
  args: {'form-id': 'talsi-2023-08-10-registration'},
};
/** Register pressed on the empty form: "There is a problem", focused, with a link to each field to fix, and each field's message. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const ValidationErrors: Story = {
  play: async ({canvasElement}) => {
    (await rendered(canvasElement, '[part~="submit-button"]'))?.click();
  },
};
/** Fills every required field and the radios validly, then presses Register. */
async function fillAndSend(canvasElement: HTMLElement) {
  const form = await rendered<HTMLFormElement>(canvasElement, 'form');
  for (const input of form?.querySelectorAll<HTMLInputElement>(
    'input[required], input[type="radio"]'
  ) ?? []) {
    if (input.type === 'checkbox' || input.type === 'radio')
      input.checked = true;
    else
      input.value = input.type === 'email' ? 'anna@example.lv' : 'Anna Bērziņa';
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }
  form?.querySelector<HTMLButtonElement>('[part~="submit-button"]')?.click();
}
/** A valid form sent within min-fill-time (here a minute): nothing is sent, the answers stay, and the status line asks to press Register again. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const SubmittedTooFast: Story = {
  args: {'min-fill-time': 60},
  play: ({canvasElement}) => fillAndSend(canvasElement),
};
/** Sent and received: the confirmation, focused. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const Sent: Story = {
  args: {'min-fill-time': 0},
  play: ({canvasElement}) => fillAndSend(canvasElement),
};
/** The receiver answers 500: the answers stay, with a message and the button to send again. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const ReceiverFails: Story = {
  args: {'min-fill-time': 0, action: '/api/signup-fails'},
  play: ({canvasElement}) => fillAndSend(canvasElement),
};
/** The receiver answers 429 (too many registrations from one connection, the PHP receiver's limit) with `Retry-After: 1800`: the answers stay, and the form says to try again after that time, in half an hour. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const ReceiverLimit: Story = {
  args: {'min-fill-time': 0, action: '/api/signup-limited'},
  play: ({canvasElement}) => fillAndSend(canvasElement),
};
/** The network is down when Register is pressed: the answers stay, and the form says to check the connection. On the Docs page it shows as it starts: open the story to see this state (its play function brings it about). */
export const Offline: Story = {
  args: {'min-fill-time': 0},
  beforeEach: networkBackAfter,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'form');
    takeNetworkDown();
    await fillAndSend(canvasElement);
  },
};
/** Answers typed before a reload, kept in the form's draft: the form opens with them (the consent is asked anew). */
export const DraftRestored: Story = {
  args: {id: 'register'},
  loaders: [
    ({args}) =>
      seedDraft(args, {
        fullName: 'Anna Bērziņa',
        email: 'anna@example.lv',
        organization: 'Talsu jauniešu darbnīca',
        attendance: 'in-person',
      }),
  ],
};
/** Every place at the event is taken (the feed's registered count reached its capacity). */
export const Full: Story = {args: {src: '', data: fullFeed()}};
/** The form's event is cancelled. */
export const Cancelled: Story = {args: {src: '', data: cancelledFeed()}};
// Before the form's opening moment (the sample opens it on 1 November 2026,
// 09:00 in Riga): the form waits, and says when it opens.
export const NotYetOpen: Story = {
  args: {now: Date.parse('2026-10-01T12:00:00Z')},
};
export const Loading: Story = {args: {src: PENDING}};
export const FeedUnavailable: Story = {args: {src: MISSING}};
/** The form is not in the feed that loaded, and the other feed failed: the failure and Try again, not "not available here". */
export const FormInAFeedThatFailed: Story = {
  args: {src: `${FEED} ${MISSING}`, 'form-id': 'in-the-feed-that-failed'},
};
export const NoForm: Story = {args: {src: '', 'form-id': '', data: EMPTY_FEED}};
/** On an Arabic, right-to-left page: the form in English, marked lang="en" dir="ltr". */
export const OnARightToLeftPage: Story = {decorators: [rightToLeftPage]};
