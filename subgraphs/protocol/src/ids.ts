// Demo data in different subgraphs must agree on ids without reading each other's databases:
// the arrears seeder names its debtor "dalad.finance", the organisations seeder created that unit.
// A name-based UUID (RFC 9562 version 5) gives both the same id for the same key.
import { createHash } from 'node:crypto';

/** Fixed namespace of the hub's demo keys (a random UUID, chosen once). */
const HUB_NAMESPACE = '6f1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10';

export function stableId(key: string): string {
  const ns = Buffer.from(HUB_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(key, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Ids are UUIDs everywhere; checking the form first turns "no such row" into a clear input error
 * instead of a PostgreSQL cast failure. */
export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
