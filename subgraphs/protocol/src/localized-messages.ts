// Messages people read: every text a clerk, an enterprise or an inspector can see is declared once,
// in its package's catalogue (`src/messages.ts`), under a stable id, in Chinese (the default) and
// English. Code never writes the words where it raises them: it calls the catalogue
// (`msg.paymentInFuture()`), so a message cannot exist in one language only, and a client can key
// its own texts on `extensions.messageId` while the wording improves.
//
// The language is the request's: `Accept-Language` (zh unless English is preferred over
// Chinese), kept for the request's whole asynchronous life in an AsyncLocalStorage that
// serveApollo opens. A message is rendered when it is raised, so errors, problems and notices
// built outside any request (jobs) are Chinese.
import { AsyncLocalStorage } from 'node:async_hooks';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const requestLocale = new AsyncLocalStorage<Locale>();

/** Runs `work` with `locale` as the language of every message it raises. */
export function runInLocale<T>(locale: Locale, work: () => T): T {
  return requestLocale.run(locale, work);
}

/** The language of the request being served; Chinese outside one. */
export function currentLocale(): Locale {
  return requestLocale.getStore() ?? 'zh';
}

/**
 * The language an `Accept-Language` header asks for: English only when an `en` range is preferred
 * over every `zh` one (ties go to Chinese, the hub's language); anything else is Chinese.
 */
export function localeFromHeader(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'zh';
  let best: { locale: Locale; q: number } = { locale: 'zh', q: 0 };
  for (const part of value.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const primary = range.split('-')[0];
    const locale: Locale | undefined =
      primary === 'en' ? 'en' : primary === 'zh' ? 'zh' : undefined;
    if (!locale) continue;
    if (q > best.q || (q === best.q && locale === 'zh')) best = { locale, q };
  }
  return best.locale;
}

/** One message, in both languages; `text()` is the request's. */
export class Message {
  constructor(
    readonly id: string,
    readonly zh: string,
    readonly en: string,
  ) {}

  /** A message already rendered in the request's language (a summary built from its parts). */
  static rendered(id: string, text: string): Message {
    return new Message(id, text, text);
  }

  text(locale: Locale = currentLocale()): string {
    return locale === 'en' ? this.en : this.zh;
  }

  /** In a template literal a message reads in the request's language. */
  toString(): string {
    return this.text();
  }
}

/** A message a call site passes on: a catalogue message, or text that already is one (rendered). */
export type MessageText = Message | string;

/** The text of a message in the request's language (a plain string is already rendered). */
export function messageText(message: MessageText): string {
  return typeof message === 'string' ? message : message.text();
}

type Fixed = { zh: string; en: string };
type Templated<P> = { zh: (params: P) => string; en: (params: P) => string };
type Entry = Fixed | Templated<never>;

/** A message with parameters: `withParams<{ max: number }>({ zh: (p) => …, en: (p) => … })`. */
export function withParams<P>(texts: Templated<P>): Templated<P> {
  return texts;
}

type Maker<E> = E extends Templated<infer P> ? (params: P) => Message : () => Message;
export type Catalogue<E extends Record<string, Entry>> = { readonly [K in keyof E]: Maker<E[K]> };

export interface CatalogueEntry {
  id: string;
  scope: string;
  key: string;
  /** The texts, with `{…}` in place of parameters when the entry has some; undefined when a
   * template needs more than placeholder text to render (a list, a number it computes with). */
  zh?: string;
  en?: string;
  templated: boolean;
}

const registered = new Map<string, CatalogueEntry>();

/** A sample rendering for the catalogue listing: every parameter as `{name}`. */
const placeholders: unknown = new Proxy(
  {},
  { get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined) },
);

/**
 * Declares a package's messages under `scope` (the package: "arrears", "kit" …). Ids are
 * `${scope}.${key}`; declaring an id twice is a programming error and throws at start-up.
 */
export function defineMessages<const E extends Record<string, Entry>>(
  scope: string,
  entries: E,
): Catalogue<E> {
  const catalogue: Record<string, (params?: unknown) => Message> = {};
  for (const [key, entry] of Object.entries(entries)) {
    const id = `${scope}.${key}`;
    const earlier = registered.get(id);
    const templated = typeof entry.zh === 'function';
    const render = (texts: Entry, locale: Locale, params: unknown): string => {
      const text = texts[locale] as string | ((p: unknown) => string);
      return typeof text === 'function' ? text(params) : text;
    };
    const sample = (locale: Locale): string | undefined => {
      try {
        return render(entry, locale, placeholders);
      } catch {
        return undefined;
      }
    };
    const declared = { id, scope, key, zh: sample('zh'), en: sample('en'), templated };
    // The same module loaded twice (its source beside its build, in a test) declares the same
    // texts again: harmless. Another text under a taken id is two messages with one name.
    if (earlier && (earlier.zh !== declared.zh || earlier.en !== declared.en))
      throw new Error(`message id ${id} is declared twice`);
    registered.set(id, declared);
    catalogue[key] = (params?: unknown) =>
      new Message(id, render(entry, 'zh', params), render(entry, 'en', params));
  }
  return catalogue as Catalogue<E>;
}

/** Every message declared so far in this process (each package's catalogue once imported). */
export function declaredMessages(): CatalogueEntry[] {
  return [...registered.values()];
}
