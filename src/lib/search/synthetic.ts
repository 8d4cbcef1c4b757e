import type { SearchArticle, SearchRecord } from '../schemas/search.ts';

/**
 * A corpus of exactly `count` records made from real ones, to measure search at scale: copies
 * of every article under new ids, with one long word in five misspelt differently in each copy
 * so the vocabulary grows as a larger real corpus's would. A last, partial copy holds sentences
 * only (without claims or speakers, whose other records it may lack).
 */
export function syntheticCorpus(
  articles: readonly SearchArticle[],
  records: readonly SearchRecord[],
  count: number,
): { articles: SearchArticle[]; records: SearchRecord[] } {
  const out: SearchRecord[] = [];
  const copies: SearchArticle[] = [];
  for (let copy = 0; out.length < count; copy += 1) {
    const id = (value: string) => (copy === 0 ? value : `x${copy}-${value}`);
    const partial = out.length + records.length > count;
    copies.push(...articles.map((article) => ({ ...article, id: id(article.id), outletLabel: copy === 0 ? article.outletLabel : `${article.outletLabel} ${copy}` })));
    for (const record of records) {
      if (out.length === count) break;
      if (partial && record.type !== 'sentence') continue;
      const text = copy === 0 ? record.text : misspell(record.text, copy);
      switch (record.type) {
        case 'sentence':
          out.push({ ...record, id: id(record.id), articleId: id(record.articleId), text, claimIds: partial ? [] : record.claimIds.map(id), speakerIds: partial ? [] : record.speakerIds.map(id) });
          break;
        case 'claim':
          out.push({ ...record, id: id(record.id), text, sentenceIds: record.sentenceIds.map(id), articleIds: record.articleIds.map(id) });
          break;
        case 'quote':
          out.push({ ...record, id: id(record.id), articleId: id(record.articleId), text, speakerId: record.speakerId === null ? null : id(record.speakerId) });
          break;
        case 'speaker':
          out.push({ ...record, id: id(record.id), quoteIds: record.quoteIds.map(id), articleIds: record.articleIds.map(id) });
          break;
      }
    }
  }
  return { articles: copies, records: out };
}

/** The id a synthetic copy's id was made from (`x3-abc` → `abc`); other ids are their own source. */
export function sourceId(id: string): string {
  return id.replace(/^x\d+-/, '');
}

/** Swaps two inner letters of every fifth word of six letters or more, at a place that depends on `seed`. */
export function misspell(text: string, seed: number): string {
  let nth = 0;
  return text.replace(/\p{L}{6,}/gu, (word) => {
    nth += 1;
    if ((nth + seed) % 5 !== 0) return word;
    const at = 1 + (seed % (word.length - 3));
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  });
}
