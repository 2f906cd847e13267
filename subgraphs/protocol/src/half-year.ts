// The half-years payment statistics are reported for (docs/domain/payment-statistics.md): the UK's
// payment-practice reports and Australia's Payment Times Reports each cover six months, so the
// hub's do too, on calendar halves: "2026-H1" is 1 January to 30 June, "2026-H2" 1 July to
// 31 December. Shared by the arrears subgraph (the figures) and supervision (the register).
const HALF = /^(\d{4})-H([12])$/;

export interface HalfYear {
  half: string;
  from: string;
  to: string;
}

/** The half's first and last day, or null when `half` is not "YYYY-H1" / "YYYY-H2" (2000–2100). */
export function parseHalf(half: string): HalfYear | null {
  const m = HALF.exec(half);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  return m[2] === '1'
    ? { half, from: `${year}-01-01`, to: `${year}-06-30` }
    : { half, from: `${year}-07-01`, to: `${year}-12-31` };
}

/** The half a day ("YYYY-MM-DD") falls in. */
export function halfOf(day: string): string {
  return `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** The last finished half before `today`. */
export function lastFinishedHalf(today: string): string {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 6 ? `${year - 1}-H2` : `${year}-H1`;
}
