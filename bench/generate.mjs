// Deterministic feeds of N organisations shaped like the sample feed's:
// names and descriptions in all six languages, a realistic facet spread.
import {readFileSync} from 'node:fs';
import {FIELDS, ORGANIZATION_TYPES} from '../bin/feed/vocab.mjs';

const sample = JSON.parse(
  readFileSync(new URL('../src/feed/sample-feed.json', import.meta.url), 'utf8')
);
const base = sample.organizations.filter((o) => o.sample);

/** A small seeded PRNG (mulberry32), so every run gets the same feed. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// NGOs three times as likely as the other types.
const TYPES = ['ngo', 'ngo', ...ORGANIZATION_TYPES];

export function generateFeed(n, seed = 42) {
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const organizations = [];
  for (let i = 0; i < n; i++) {
    const t = base[i % base.length];
    const suffix = ` ${i + 1}`;
    const name = Object.fromEntries(
      Object.entries(t.name).map(([k, v]) => [k, v + suffix])
    );
    const fields = [
      ...new Set([
        pick(FIELDS),
        pick(FIELDS),
        ...(rand() < 0.3 ? [pick(FIELDS)] : []),
      ]),
    ];
    organizations.push({
      ...t,
      id: `bench-${i + 1}`,
      name,
      types: [pick(TYPES)],
      fields,
      lookingForPartners: rand() < 0.35,
      updated: `20${24 + Math.floor(rand() * 3)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
    });
  }
  return {...sample, organizations, events: [], recommendations: [], forms: []};
}
