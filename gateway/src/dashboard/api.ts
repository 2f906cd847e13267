/// <reference lib="dom" />
// What the dashboard and the bulletin share: the token (the development one the gateway put in the
// page, else the one pasted in this tab), and running a registered operation by its document id
// (the page carries the ids; the text never leaves the server). A 401 is told apart so the page
// can ask for a token again; every other answer, with its errors, goes to the caller, which draws
// what came back and marks what did not as 数据暂不可用.

const TOKEN_KEY = 'arrears-hub.token';
const page = document.body.dataset;

/** Operation name → document id, as the gateway wrote them into the page. */
const documents = JSON.parse(page.documents ?? '{}') as Record<string, string>;

import type { Whole } from './whole.js';

export type { Whole };

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** The token was refused (401): ask for another. */
export class Unauthorised extends Error {}

export function currentToken(): string | null {
  return page.developmentToken || sessionStorage.getItem(TOKEN_KEY);
}

export function keepToken(pasted: string): void {
  sessionStorage.setItem(TOKEN_KEY, pasted.trim().replace(/^Bearer\s+/i, ''));
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  delete page.developmentToken; // a refused development token is not offered again
}

export function documentIdOf(operationName: string): string {
  const id = documents[operationName];
  if (!id) throw new Error(`页面缺少已登记的查询 ${operationName}。`);
  return id;
}

/** Runs a registered operation; throws Unauthorised on a 401, else returns data and errors. */
export async function run<Data, Variables>(
  operationName: string,
  variables: Variables,
): Promise<GraphQLResponse<Whole<Data>>> {
  const token = currentToken();
  if (!token) throw new Unauthorised('没有令牌。');
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: documentIdOf(operationName), operationName, variables }),
  });
  if (response.status === 401) throw new Unauthorised('令牌无效或已过期。');
  return (await response.json()) as GraphQLResponse<Whole<Data>>;
}

/** The errors' messages, in one line. */
export const errorText = (errors: GraphQLError[] | undefined) =>
  (errors ?? []).map((e) => e.message).join('；');

/** The same registered operation as CSV (/export.csv with the token), saved as a file. */
export async function downloadCsv(operationName: string, variables: unknown): Promise<string> {
  const token = currentToken();
  const response = await fetch('/export.csv', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ operation: operationName, variables }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as GraphQLResponse<unknown>;
    throw new Error(errorText(body.errors) || `导出失败（HTTP ${response.status}）`);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const fileName = name ? decodeURIComponent(name[1]!) : `${operationName}.csv`;
  saveFile(await response.blob(), fileName);
  return fileName;
}

export function saveFile(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Today in China time (the ledger's dates), as YYYY-MM-DD. */
export const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The last day of a "YYYY-MM" month. */
export function monthEnd(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
