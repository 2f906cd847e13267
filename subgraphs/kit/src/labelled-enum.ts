// An enum with its labels, declared once next to it (protocol's enum-labels.ts):
//   registerLabelledEnum(ArrearStatus, { name: 'ArrearStatus', labels: { CLEARED: { zh: '已清偿' } } })
// registers it for GraphQL with each value's description carrying its labels (so they reach the
// supergraph and GET /labels), and records them for code that renders a value (exports, notices).
import { registerEnumType } from 'type-graphql';
import {
  enumValueDescription,
  englishFromValueName,
  type DeclaredEnumLabel,
  type EnumLabel,
} from '@arrears-hub/protocol';

const recorded = new Map<string, Record<string, EnumLabel>>();

export interface LabelledEnumOptions<E extends Record<string, string | number>> {
  name: string;
  description?: string;
  /** A Chinese label for every value; English when the name does not say it. */
  labels: { [K in Extract<keyof E, string>]: DeclaredEnumLabel & { deprecationReason?: string } };
}

export function registerLabelledEnum<E extends Record<string, string | number>>(
  enumObj: E,
  options: LabelledEnumOptions<E>,
): void {
  const labels = options.labels as Record<
    string,
    DeclaredEnumLabel & { deprecationReason?: string }
  >;
  const valuesConfig: Record<string, { description: string; deprecationReason?: string }> = {};
  const record: Record<string, EnumLabel> = {};
  for (const key of Object.keys(enumObj).filter((k) => Number.isNaN(Number(k)))) {
    const label = labels[key];
    if (!label?.zh) throw new Error(`enum ${options.name}: ${key} has no Chinese label.`);
    valuesConfig[key] = {
      description: enumValueDescription(key, label),
      ...(label.deprecationReason ? { deprecationReason: label.deprecationReason } : {}),
    };
    record[key] = { zh: label.zh, en: label.en ?? englishFromValueName(key) };
  }
  recorded.set(options.name, record);
  registerEnumType(enumObj, {
    name: options.name,
    description: options.description,
    valuesConfig: valuesConfig as Parameters<typeof registerEnumType<E>>[1]['valuesConfig'],
  });
}

/** The labels of an enum registered in this process (by its GraphQL name). */
export function enumLabels(name: string): Readonly<Record<string, EnumLabel>> | undefined {
  return recorded.get(name);
}
