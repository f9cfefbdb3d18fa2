import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {
  EMPTY_FEED,
  FEED,
  MISSING,
  PENDING,
  SAMPLE_NOW,
  asDate,
  awkwardFeed,
  dateOnlyEndFeed,
  postponedFeed,
  rightToLeftPage,
  withArgs,
  describeElement,
} from './helpers.js';

const meta: Meta = {
  title: 'Elements/event-card',
  component: 'event-card',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: describeElement(
          'event-card',
          '<event-card src="/assets/lym/feed.json" event-id="talsi-2023-08-10">\n  <p>10 August 2023, 13:00, Talsu Tautas nams</p>\n</event-card>'
        ),
      },
    },
  },
  // Without structured data: the docs page shows several cards at once.
  args: {
    src: FEED,
    'event-id': 'talsi-2023-08-10',
    variant: 'full',
    'visitor-time-zone': 'Europe/Lisbon',
    'no-structured-data': true,
    now: +SAMPLE_NOW,
  },
  // The card as on another day: the date control gives a time in ms.
  argTypes: {now: {control: 'date', type: {name: 'number', required: false}}},
  render: ({now, ...args}) =>
    html`<event-card ${withArgs(args)} .now=${asDate(now)}
      ><p lang="en">Fallback: 10 August 2023, 13:00, Talsu Tautas nams</p></event-card
    >`,
};
export default meta;
type Story = StoryObj;

export const TalsiEventPast: Story = {};
export const Compact: Story = {args: {variant: 'compact'}};
export const RegistrationOpen: Story = {
  args: {'event-id': 'sample-2027-partnership-lab'},
};
export const RegistrationFull: Story = {
  args: {'event-id': 'sample-2027-lisbon-exchange'},
};
export const Cancelled: Story = {
  args: {'event-id': 'sample-2027-online-webinar'},
};
/** Postponed: no "has ended" for its old date, and no calendar entry. */
export const Postponed: Story = {args: {src: '', data: postponedFeed()}};
/** A timed start with a date-only end: the end is shown as the day, without an invented hour. */
export const DateOnlyEnd: Story = {
  args: {
    src: '',
    data: dateOnlyEndFeed(),
    'event-id': 'sample-2027-partnership-lab',
  },
};
/** An event id that is not in the feed: the card says so and shows the page's fallback content. */
export const EventNotFound: Story = {
  args: {'event-id': 'sample-2026-no-such-event'},
};
export const AllDayOpensLater: Story = {
  args: {'event-id': 'sample-2027-nicosia-day'},
};
export const Loading: Story = {args: {src: PENDING}};
export const FeedUnavailable: Story = {args: {src: MISSING}};
/** The event is not in the feed that loaded, and the other feed failed: the failure and Try again, not "not found". */
export const EventInAFeedThatFailed: Story = {
  args: {src: `${FEED} ${MISSING}`, 'event-id': 'in-the-feed-that-failed'},
};
export const NoEvents: Story = {
  args: {src: '', data: EMPTY_FEED, 'event-id': ''},
};
export const LongAndAwkwardTexts: Story = {
  args: {src: '', data: awkwardFeed()},
};
/** On an Arabic, right-to-left page: the card in English, marked lang="en" dir="ltr". */
export const OnARightToLeftPage: Story = {
  args: {'event-id': 'sample-2027-partnership-lab'},
  decorators: [rightToLeftPage],
};
