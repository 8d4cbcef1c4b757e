/** Whitespace collapsed and curly quote marks made straight, as the scoring rules say (and as titles are compared). */
export function normaliseForMatching(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/\s+/g, ' ').trim();
}
