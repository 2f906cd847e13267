// Amounts as the dashboard and the bulletin show them: 万元 and 元 with thousands separators,
// worked out from the API's exact decimal strings in integer cents (never a float), and shares
// as percentages. No DOM here, so the end-to-end test formats the API's figures the same way.

/** Digits with a comma every three places ("1234567" → "1,234,567"). */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A Money string ("14848700.01", "-5", "0.5") as a signed number of cents, exactly. */
export function cents(money: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(money.trim());
  if (!m) throw new Error(`不是金额：${money}`);
  const value = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -value : value;
}

/** A signed number of hundredths as text with separators and two decimals. */
function hundredths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(3, '0');
  return `${sign}${grouped(digits.slice(0, -2))}.${digits.slice(-2)}`;
}

/**
 * A Money string in 万元 with separators and two decimals, rounded half away from zero from the
 * exact cents (no float): "14848700.01" → "1,484.87", "5000" → "0.50", "49.99" → "0.00".
 */
export function wan(money: string): string {
  const c = cents(money);
  const abs = c < 0n ? -c : c;
  // 1 万元 = 1,000,000 cents; two decimals of 万元 = 10,000 cents each.
  const rounded = (abs + 5000n) / 10000n;
  return hundredths(c < 0n ? -rounded : rounded);
}

/** A Money string in 元 with separators: "14848700.01" → "14,848,700.01". */
export const yuan = (money: string): string => hundredths(cents(money));

/** A share (0–1, as the API gives it) as a percentage with two decimals, or — when there is none. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  // The API's shares have 4 decimals: scale in integers so 0.1235 shows 12.35%, not 12.34%.
  return `${(Math.round(share * 1e6) / 1e4).toFixed(2)}%`;
}

/** A Money string as 万元 for the chart axes (display only: the tables keep the exact string). */
export const tenThousands = (money: string): number => Math.round(Number(money) / 100) / 100;

/** Money strings ("1200.50") subtracted exactly, in cents: what is left after the parts. */
export function moneyLeft(total: string, parts: string[]): string {
  const left = parts.reduce((sum, part) => sum - cents(part), cents(total));
  const sign = left < 0n ? '-' : '';
  const digits = (left < 0n ? -left : left).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
