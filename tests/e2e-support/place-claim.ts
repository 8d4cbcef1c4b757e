import { parse, stringify } from 'yaml';

/**
 * A test's claim file with its sentences' ids filled in. Test fixtures cannot know sentence ids
 * (a hash of each sentence, assigned when the copy is read), so a fixture writes `id: "?"` and
 * the sentence's exact words; each is looked up among the copy's sentences, which must hold
 * those words exactly once. The note (the body) is kept byte for byte.
 */
export function placeClaimSentences(text: string, sentences: ReadonlyArray<{ id: string; text: string }>, name: string): string {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) throw new Error(`${name}: no frontmatter`);
  const data = parse(match[1]!) as { sentences: Array<{ id: string; text: string }> };
  for (const sentence of data.sentences) {
    if (sentence.id !== '?') continue;
    const found = sentences.filter((candidate) => candidate.text === sentence.text);
    if (found.length !== 1) throw new Error(`${name}: ${found.length} sentences read "${sentence.text}"; the fixture needs exactly one`);
    sentence.id = found[0]!.id;
  }
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${text.replace(/\r\n?/g, '\n').slice(match[0].length)}`;
}
