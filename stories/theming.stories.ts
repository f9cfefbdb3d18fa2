import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {FEED, SAMPLE_NOW} from './helpers.js';

/** The tokens a partner sets most, as controls; each becomes a `--lym-*` property. */
interface Tokens {
  accent: string;
  accentDark: string;
  radius: string;
  buttonRadius: string;
  fontFamily: string;
  fontSize: string;
  space: string;
}

const PROPERTIES: Record<keyof Tokens, string> = {
  accent: '--lym-color-accent',
  accentDark: '--lym-color-accent',
  radius: '--lym-radius',
  buttonRadius: '--lym-button-radius',
  fontFamily: '--lym-font-family',
  fontSize: '--lym-font-size',
  space: '--lym-space-m',
};

/** The declarations the controls make: what a partner puts in its stylesheet. */
function declarations(t: Partial<Tokens>): string {
  const lines: string[] = [];
  if (t.accent || t.accentDark)
    lines.push(
      `--lym-color-accent: light-dark(${t.accent || '#0b5cad'}, ${t.accentDark || '#8cc2ff'});`
    );
  for (const key of [
    'radius',
    'buttonRadius',
    'fontFamily',
    'fontSize',
    'space',
  ] as const) {
    const value = t[key]?.trim();
    // (A value is a value: no `;` or `}` ends the declaration early.)
    if (value && !/[;{}]/.test(value))
      lines.push(`${PROPERTIES[key]}: ${value};`);
  }
  return lines.join(' ');
}

const meta: Meta<Tokens> = {
  title: 'Theming/Tokens',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: [
          'The four elements under one set of tokens, as a partner site sets them (README: "Theming"). Change a control and every element follows; **Show code** gives the markup with the tokens as a `style` attribute, to move into your stylesheet:',
          '',
          '```css',
          'org-directory, event-card, signup-form, recommendation-list {',
          '  --lym-color-accent: light-dark(#00695c, #80cbc4);',
          '  --lym-radius: 0;',
          '  --lym-button-radius: 999px;',
          '}',
          '```',
          '',
          "Give the accent a light and a dark value, each at 4.5:1 or more on the surface (`#ffffff` / `#1e242b` by default) and with the accent contrast (`#ffffff` / `#0b1a2a`): a colour that fails WCAG AA shows up in the **Accessibility** panel. The toolbar's **Theme** puts a shipped theme under your tokens: yours win.",
        ].join('\n'),
      },
    },
  },
  argTypes: {
    accent: {
      control: 'color',
      description:
        '`--lym-color-accent` in light: links, buttons, selected things.',
    },
    accentDark: {
      control: 'color',
      description:
        '`--lym-color-accent` in dark (the second of `light-dark()`).',
    },
    radius: {
      control: 'text',
      description: '`--lym-radius`: the corners of cards, fields and buttons.',
    },
    buttonRadius: {
      control: 'text',
      description:
        "`--lym-button-radius`: the buttons' corners alone (`999px`: pills); empty: `--lym-radius`.",
    },
    fontFamily: {
      control: 'text',
      description: "`--lym-font-family`; `inherit`: the page's font.",
    },
    fontSize: {
      control: 'text',
      description:
        '`--lym-font-size`: the base size; spaces, corners and controls are sized in `em` of it.',
    },
    space: {
      control: 'text',
      description: '`--lym-space-m`: the space between things.',
    },
  },
  args: {
    accent: '',
    accentDark: '',
    radius: '',
    buttonRadius: '',
    fontFamily: '',
    fontSize: '',
    space: '',
  },
  render: (tokens) =>
    html`<div style="display: grid; gap: 1.5rem; ${declarations(tokens)}">
      <event-card
        src=${FEED}
        event-id="sample-2027-partnership-lab"
        visitor-time-zone="Europe/Lisbon"
        no-structured-data
        .now=${SAMPLE_NOW}
      ></event-card>
      <signup-form
        src=${FEED}
        form-id="sample-2027-partnership-lab-registration"
        action="/api/signup"
        .now=${SAMPLE_NOW}
      ></signup-form>
      <org-directory src=${FEED} page-size="2"></org-directory>
      <recommendation-list src=${FEED} mode="checklist"></recommendation-list>
    </div>`,
};
export default meta;
type Story = StoryObj<Tokens>;

/** The built-in look: no token set. */
export const Defaults: Story = {};
/** A partner's look: a teal accent, square cards and pill buttons, a little more space. */
export const PartnerLook: Story = {
  args: {
    accent: '#00695c',
    accentDark: '#80cbc4',
    radius: '0',
    buttonRadius: '999px',
    space: '1.25em',
  },
};
/** Text a size up (`1.125rem`): every space, corner and control grows with it. */
export const LargerText: Story = {args: {fontSize: '1.125rem'}};
