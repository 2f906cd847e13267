// 2025 regulation art. 18 (docs/domain/regulation.md): by 31 March an agency publishes the
// contracts overdue and unpaid at the end of the year before. The hub drafts disclosures for the
// years from 2020 (when the first regulation took effect) up to last year.

export const FIRST_DISCLOSURE_YEAR = 2020;

/** Whether `year` can be disclosed in `thisYear`: a finished year, from 2020 on. */
export function isDisclosableYear(year: number, thisYear: number): boolean {
  return Number.isInteger(year) && year >= FIRST_DISCLOSURE_YEAR && year < thisYear;
}

/** The last day a disclosure of `year` is on time: 31 March of the year after. */
export function disclosureDeadline(year: number): string {
  return `${year + 1}-03-31`;
}

/** Published after the deadline. */
export function isLate(year: number, publishedOn: string): boolean {
  return publishedOn > disclosureDeadline(year);
}
