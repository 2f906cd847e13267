// No DOM here: the browser test imports it too.
/**
 * A query result as the panels read it: every record present. The fields one subgraph adds to
 * another's records (and the records another subgraph owns) are nullable in the schema: null while
 * that subgraph is down. A panel is drawn on the result as if they were there and, when one is
 * missing, fails alone: drawEach (charts.ts) shows “数据暂不可用” in its place and the other panels
 * still draw. Nullable scalars (a rate with nothing to divide, a date not yet known) keep their
 * null; nothing here fills a gap with zeros.
 */
export type Whole<T> = T extends (infer I)[]
  ? Whole<I>[]
  : T extends object
    ? { [K in keyof T]: NonNullable<T[K]> extends object ? Whole<NonNullable<T[K]>> : T[K] }
    : T;
