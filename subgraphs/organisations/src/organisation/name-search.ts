// Finding and ordering units the way a Chinese reader does: by any of the names the unit is
// written by (name, short name, aliases) and by their pinyin — full pinyin without tones
// ("jiaoyu") or initials ("jytyj"), any case — and listed in pinyin order, never by code point.
// Both are computed when a unit is written (organisation.entity.ts) and stored, so a search reads
// one indexed column (pg_trgm) instead of converting every row, and an ordered page is an index
// range. pinyin-pro (MIT) carries its dictionary in the package: it works offline.
import { pinyin } from 'pinyin-pro';

/** Separates the forms in the search text, so no match spans two of them. */
const SEPARATOR = '|';

/** The syllables of a text, lower case without tones (ü as v), other characters kept as runs. */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
}

/** 达拉特旗教育体育局 → "dalateqijiaoyutiyuju". */
export function fullPinyin(text: string): string {
  return syllables(text).join('');
}

/** 达拉特旗教育体育局 → "dltqjytyj" (a Latin or digit run keeps its first character). */
export function pinyinInitials(text: string): string {
  return syllables(text)
    .map((s) => (/^[0-9]+$/.test(s) ? s : s[0]))
    .join('');
}

export interface NamedUnit {
  name: string;
  shortName?: string | null;
  aliases?: readonly string[] | null;
}

/** Every name form the unit has, each as written (lower case), in full pinyin and in initials. */
export function unitSearchText(unit: NamedUnit): string {
  const forms = [unit.name, unit.shortName ?? '', ...(unit.aliases ?? [])]
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  const parts = new Set<string>();
  for (const form of forms) {
    parts.add(form.toLowerCase().replaceAll(SEPARATOR, ' '));
    const full = fullPinyin(form);
    if (full) parts.add(full);
    const initials = pinyinInitials(form);
    if (initials) parts.add(initials);
  }
  return [...parts].join(SEPARATOR);
}

/** What a `nameContains` is matched as: lower case; a Latin query loses its spaces and
 * apostrophes ("Jiao Yu", "xi'an" → "jiaoyu", "xian"), as the stored pinyin has none; the
 * separator of the stored forms is never part of a needle. */
export function searchNeedle(query: string): string {
  const lower = query.trim().toLowerCase().replaceAll(SEPARATOR, ' ');
  return /^[a-z0-9 ']+$/.test(lower) ? lower.replace(/[ ']/g, '') : lower;
}

const ORDER_WIDTH = 6;

/**
 * The key units are listed by: the documents' order first (`displayOrder`, the order of the
 * programme's own lists), then every other unit by the pinyin of its name, syllable by syllable
 * (张 "zhang" before 张三 "zhang san", 西安 "xi an" before 先 "xian"); units whose pinyin is the
 * same follow one another by id. Only ASCII letters, digits and single spaces: the column is
 * collated "C", and the key orders alike in any collation.
 */
export function unitSortKey(unit: { name: string; displayOrder?: number | null }): string {
  if (unit.displayOrder !== null && unit.displayOrder !== undefined)
    return `0 ${String(unit.displayOrder).padStart(ORDER_WIDTH, '0')}`;
  return `1 ${syllables(unit.name).join(' ')}`;
}
