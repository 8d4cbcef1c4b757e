import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EditorialError, parseYaml, problemLine, schemaProblem, splitFrontmatter } from '../../../src/lib/review/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits YAML from the body and says where the body starts', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nA note.\n')).toEqual({ data: { title: 'A' }, body: 'A note.\n', bodyLine: 4 });
  });

  it('accepts a BOM, CRLF line endings, an empty body and empty frontmatter', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\n')).toEqual({ data: { title: 'A' }, body: '', bodyLine: 4 });
    expect(splitFrontmatter('---\n---\n')).toMatchObject({ data: null, body: '' });
  });

  it('does not close the frontmatter on "---" inside a line', () => {
    expect(splitFrontmatter('---\ntitle: a --- b\n---\n')).toMatchObject({ data: { title: 'a --- b' } });
  });

  it.each([
    { name: 'no frontmatter', text: 'Just a note.', problem: 'has no frontmatter: the file must start with a line "---", the YAML fields, and another "---"' },
    { name: 'an unclosed fence', text: '---\ntitle: A\n', problem: 'has no frontmatter: the file must start with a line "---", the YAML fields, and another "---"' },
    { name: 'a duplicate key', text: '---\ntitle: A\ntitle: B\n---\n', problem: 'invalid YAML (line 3): Map keys must be unique' },
    { name: 'a syntax error', text: '---\ntitle: [A\n---\n', problem: 'invalid YAML (line 2): Flow sequence in block collection must be sufficiently indented and end with a ]' },
  ])('reports $name as one line', ({ text, problem }) => {
    expect(splitFrontmatter(text)).toEqual({ problem });
  });
});

describe('parseYaml', () => {
  it('parses YAML and counts error lines from the given start', () => {
    expect(parseYaml('a: 1')).toEqual({ value: { a: 1 } });
    expect(parseYaml('a: 1\na: 2', 10)).toEqual({ problem: 'invalid YAML (line 12): Map keys must be unique' });
  });
});

describe('schemaProblem', () => {
  const schema = z.strictObject({ title: z.string(), items: z.array(z.strictObject({ id: z.string() })) });
  it.each([
    { value: { title: 'x', items: [], extra: 1 }, line: 'unknown field "extra"' },
    { value: { title: 'x', items: [{ id: 'a', more: 1, other: 2 }] }, line: 'unknown fields "more", "other" in items[0]' },
    { value: { items: [] }, line: 'field title: Invalid input: expected string, received undefined' },
    { value: { title: 'x', items: [{ id: 3 }] }, line: 'field items[0].id: Invalid input: expected string, received number' },
  ])('names the field: $line', ({ value, line }) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    if (!result.success) expect(schemaProblem(result.error)).toBe(line);
  });
});

describe('EditorialError', () => {
  it('carries every problem and prints one line each', () => {
    const problems = [
      { path: 'content/claims/a.md', message: 'first' },
      { path: 'content/review.yaml', message: 'second' },
    ];
    const error = new EditorialError(problems);
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe('content/claims/a.md: first\ncontent/review.yaml: second');
    expect(problemLine(problems[0]!)).toBe('content/claims/a.md: first');
  });
});
