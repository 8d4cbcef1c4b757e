/**
 * Whom a sentence relies on for what it says. Its own module so that the comparison schema and
 * the schemas it is made of (framing) can both use it without importing each other.
 */
export const ATTRIBUTION_KINDS = [
  'own-voice',
  'named-person',
  'named-institution',
  'unnamed-source',
  'other-outlet',
  'embedded-post',
] as const;
