/// <reference lib="dom" />
// The dashboard's numbers as text: each panel gets a table whose rows carry the exact figures the
// API returned (data-* attributes, Money strings unchanged), so readers without the chart, and the
// end-to-end test, see the same numbers the chart draws.

export interface FigureRow {
  key: string;
  label: string;
  /** data-* attribute name → exact value, shown as the row's cells in this order. */
  values: Record<string, string | number>;
}

export function figureTable(
  container: HTMLElement,
  name: string,
  headers: string[],
  rows: FigureRow[],
): void {
  const table = document.createElement('table');
  table.className = 'figures';
  table.dataset.figures = name;
  const head = table.createTHead().insertRow();
  for (const text of headers) head.appendChild(document.createElement('th')).textContent = text;
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.key = row.key;
    tr.insertCell().textContent = row.label;
    for (const [attribute, value] of Object.entries(row.values)) {
      tr.dataset[attribute] = String(value);
      tr.insertCell().textContent = String(value);
    }
  }
  container.replaceChildren(table);
}

/** A Money string as 万元 for the chart axes (display only: the tables keep the exact string). */
export const tenThousands = (money: string): number => Math.round(Number(money) / 100) / 100;

/** Money strings ("1200.50") subtracted exactly, in cents: what is left after the parts. */
export function moneyLeft(total: string, parts: string[]): string {
  const cents = (m: string) => BigInt(m.replace('.', ''));
  const left = parts.reduce((sum, part) => sum - cents(part), cents(total));
  const sign = left < 0n ? '-' : '';
  const digits = (left < 0n ? -left : left).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
