import { itsHelper, nlp } from '../text/nlp.ts';

/** One token of a sentence, with what wink-nlp knows of it and where it sits in the text. */
export interface Token {
  /** The token exactly as written. */
  text: string;
  /** Offset of the first character in the sentence. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** Dictionary form, lower case ("relations" → "relation"). */
  lemma: string;
  /** Porter2 stem ("mobilization" → "mobil"). */
  stem: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, ADJ, NUM, PUNCT, …). */
  pos: string;
  /** A closed-class word with little meaning of its own ("the", "of", "was"). */
  stop: boolean;
  /** wink-nlp's token type: word, number, punctuation, symbol, url, email, … */
  type: string;
}

/** Tokenises one sentence (or any short text) with wink-nlp, keeping character offsets. */
export function tokenize(text: string): Token[] {
  const { its } = nlp();
  const tokens = nlp().readDoc(text).tokens();
  const values = tokens.out(its.value);
  const spaces = tokens.out(its.precedingSpaces);
  const lemmas = tokens.out(itsHelper(its.lemma)) as string[];
  const stems = tokens.out(itsHelper(its.stem)) as string[];
  const tags = tokens.out(its.pos);
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = tokens.out(its.type);
  const out: Token[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    cursor += spaces[index]?.length ?? 0;
    let start = cursor;
    if (text.slice(start, start + value.length) !== value) {
      // wink normalises some characters; find the token instead of trusting the running offset.
      const found = text.indexOf(value, Math.max(0, start - 2));
      if (found >= 0) start = found;
    }
    out.push({
      text: value,
      start,
      end: start + value.length,
      lemma: (lemmas[index] ?? value).toLowerCase(),
      stem: (stems[index] ?? value).toLowerCase(),
      pos: tags[index] ?? 'X',
      stop: Boolean(stops[index]),
      type: types[index] ?? 'word',
    });
    cursor = start + value.length;
  });
  return out;
}
