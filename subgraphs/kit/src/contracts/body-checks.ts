// Small checks for the JSON bodies of POST contracts (catalogue.ts): each throws
// ContractQueryError, which the owner answers with 400, naming the path of the bad value.
import { ContractQueryError } from './contract.js';

export type Check<T> = (value: unknown, path: string) => T;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function object<T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (value, path) => {
    if (!isRecord(value)) throw new ContractQueryError(`${path}: not an object`);
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields) as [string, Check<unknown>][]) {
      out[key] = check(value[key], `${path}.${key}`);
    }
    return out as T;
  };
}

export function list<T>(item: Check<T>, max = 1000): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ContractQueryError(`${path}: not a list`);
    if (value.length > max) throw new ContractQueryError(`${path}: more than ${max} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

export function text(max = 10_000): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string' || !value.length || value.length > max)
      throw new ContractQueryError(`${path}: not a text of 1–${max} characters`);
    return value;
  };
}

export function optional<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === undefined || value === null ? null : check(value, path));
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !values.includes(value as T))
      throw new ContractQueryError(`${path}: not one of ${values.join(', ')}`);
    return value as T;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuid: Check<string> = (value, path) => {
  if (typeof value !== 'string' || !UUID.test(value))
    throw new ContractQueryError(`${path}: not an id`);
  return value.toLowerCase();
};

export function integer(min: number, max: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw new ContractQueryError(`${path}: not a whole number from ${min} to ${max}`);
    return value;
  };
}
