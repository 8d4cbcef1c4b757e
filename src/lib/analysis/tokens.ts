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
  return joinSplitWords(out);
}

/** A letter outside Latin-1, which wink-nlp cuts words at ("Brašić" → "Bra", "š", "i", "ć"). */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Joins the pieces of one written word that wink-nlp cut at letters beyond Latin-1 (Central European
 * and other diacritics: "Brašić", "Šimić", "Łukasz"): letters only, nothing between them, at least one
 * piece holding such a letter. A word written whole is one token, as a reader sees it.
 */
function joinSplitWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    let last = index;
    while (last + 1 < tokens.length && tokens[last + 1]!.start === tokens[last]!.end && LETTERS.test(tokens[last]!.text) && LETTERS.test(tokens[last + 1]!.text)) last++;
    const pieces = tokens.slice(index, last + 1);
    if (last === index || !pieces.some((piece) => BEYOND_LATIN1.test(piece.text))) {
      out.push(...pieces);
      index = last;
      continue;
    }
    const text = pieces.map((piece) => piece.text).join('');
    const tagged = pieces.find((piece) => piece.pos !== 'X' && piece.type === 'word') ?? pieces[0]!;
    out.push({
      text,
      start: pieces[0]!.start,
      end: pieces.at(-1)!.end,
      lemma: text.toLowerCase(),
      stem: text.toLowerCase(),
      pos: /^\p{Lu}/u.test(text) && !['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART'].includes(tagged.pos) ? 'PROPN' : tagged.pos === 'X' ? 'NOUN' : tagged.pos,
      stop: false,
      type: 'word',
    });
    index = last;
  }
  return out;
}
