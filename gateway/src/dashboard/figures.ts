/// <reference lib="dom" />
// The dashboard's numbers as text: each panel gets a table whose rows carry the exact figures the
// API returned (data-* attributes, Money strings unchanged), so readers without the chart, and the
// end-to-end test, see the same numbers the chart draws.

export { cents, moneyLeft, percent, tenThousands, wan, yuan } from './money.js';

export interface FigureRow {
  key: string;
  label: string;
  /** data-* attribute name → exact value, shown as the row's cells in this order. */
  values: Record<string, string | number>;
  /** What a cell shows instead of the exact value (万元 with separators); data-* keep the exact one. */
  display?: Record<string, string>;
  /** A click on the row opens the list behind it (the drill-down). */
  onOpen?: () => void;
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
      tr.insertCell().textContent = row.display?.[attribute] ?? String(value);
    }
    if (row.onOpen) {
      const open = row.onOpen;
      tr.classList.add('opens');
      tr.title = '点击查看明细';
      tr.addEventListener('click', () => open());
    }
  }
  container.replaceChildren(table);
}
