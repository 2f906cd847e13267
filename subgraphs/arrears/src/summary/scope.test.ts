import { describe, expect, it } from 'vitest';
import { pathRange } from './scope.js';

describe('pathRange: a region subtree as a range of paths in byte order', () => {
  const range = pathRange('/150000/150600/150621/');
  const within = (path: string) => path >= range.from && path < range.to;

  it('is [the path, the path with its last "/" turned into "0")', () => {
    expect(range).toEqual({ from: '/150000/150600/150621/', to: '/150000/150600/1506210' });
  });

  it('holds the region and everything below it, and nothing else', () => {
    expect(within('/150000/150600/150621/')).toBe(true);
    expect(within('/150000/150600/150621/150621001/')).toBe(true);
    expect(within('/150000/150600/150621/150621401/150621401001/')).toBe(true);
    expect(within('/150000/150600/150622/')).toBe(false);
    expect(within('/150000/150600/1506210/')).toBe(false); // a longer sibling code
    expect(within('/150000/150600/15062/')).toBe(false);
    expect(within('/150000/150600/')).toBe(false);
    expect(within('')).toBe(false); // a line whose place is not known yet
  });

  it('refuses a path that does not end with "/"', () => {
    expect(() => pathRange('/150000/150600/150621')).toThrow();
  });
});
