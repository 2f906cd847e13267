// A year of a region's calendar as the leading group enters it: the days inside the year, each
// once, with short notes.
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { arrearsMessages as msg } from '../messages.js';

export interface CalendarYearEntry {
  year: number;
  days: { day: string; kind: string; note?: string | null }[];
  source?: string | null;
}

export function calendarYearProblems(input: CalendarYearEntry): Problem[] {
  const p = new Problems();
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    p.add('year', msg.calendarYearRange());
  const seen = new Set<string>();
  input.days.forEach((d, i) => {
    if (!d.day.startsWith(`${input.year}-`))
      p.add(`days.${i}.day`, msg.dayNotInYear({ day: d.day, year: input.year }));
    if (seen.has(d.day)) p.add(`days.${i}.day`, msg.dayListedTwice({ day: d.day }));
    seen.add(d.day);
    checkText(p, d.note, `days.${i}.note`, { max: 100 });
  });
  if (input.days.length > 366) p.add('days', msg.tooManyDays());
  checkText(p, input.source, 'source', { max: 200 });
  return p.list;
}
