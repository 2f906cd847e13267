// The labels of enum values: a Chinese one and an English one for every value a UI shows. A
// subgraph declares them next to the enum (the kit's registerLabelledEnum); they travel in the
// GraphQL description of the value, so they reach the supergraph through composition (a subgraph
// never imports another), and the gateway serves them all as GET /labels.
//
// The description of a labelled value is paragraphs: the Chinese label, the English label, then
// any note. A description of one paragraph is the Chinese label, its English derived from the
// value's name (NOT_YET_DUE → "Not yet due").
import { Kind, parse } from 'graphql';

export interface EnumLabel {
  zh: string;
  en: string;
}

export interface DeclaredEnumLabel {
  zh: string;
  /** Derived from the value's name when not given. */
  en?: string;
  /** What the value means, beyond its label (shown in the schema's documentation). */
  note?: string;
}

/** NOT_YET_DUE → "Not yet due"; DAYS_31_TO_90 → "Days 31 to 90". */
export function englishFromValueName(value: string): string {
  const words = value.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function enumValueDescription(value: string, label: DeclaredEnumLabel): string {
  return [label.zh, label.en ?? englishFromValueName(value), label.note]
    .filter((p): p is string => !!p?.trim())
    .map((p) => p.trim().replace(/\n{2,}/g, '\n'))
    .join('\n\n');
}

export function enumLabelFromDescription(
  value: string,
  description: string | undefined,
): EnumLabel {
  const [zh = '', en] = (description ?? '').split(/\n\s*\n/).map((p) => p.trim());
  return { zh, en: en || englishFromValueName(value) };
}

/** `{ EnumName: { VALUE: { zh, en } } }` for every enum of a (super)graph's SDL, the federation's
 * own (join__, link__) left out. */
export function enumLabelsOfSdl(sdl: string): Record<string, Record<string, EnumLabel>> {
  const labels: Record<string, Record<string, EnumLabel>> = {};
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const name = definition.name.value;
    if (name.startsWith('join__') || name.startsWith('link__')) continue;
    labels[name] = Object.fromEntries(
      (definition.values ?? []).map((v) => [
        v.name.value,
        enumLabelFromDescription(v.name.value, v.description?.value),
      ]),
    );
  }
  return labels;
}
