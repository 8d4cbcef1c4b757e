import { INDEX_ENTRY, searchIndexFile, searchIndexFiles } from '../../data/search-index.ts';
import { json } from './index.json.ts';

/** The parts of a split search index (none for a small corpus): lexicons, postings and rows files. */
export function getStaticPaths() {
  return searchIndexFiles()
    .filter((file) => file.path !== INDEX_ENTRY)
    .map((file) => ({ params: { part: file.path.replace(/\.json$/, '') } }));
}

export function GET({ params }: { params: { part: string } }) {
  return json(searchIndexFile(`${params.part}.json`).content);
}
