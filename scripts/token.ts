// npm run token -- <ROLE> [--org ID] [--region CODE] [--sub ID] [--name NAME] [--ttl 8h]
// Prints a development JWT (HS256, the development secret or HUB_JWT_SECRET) for the gateway.
import { parseArgs } from 'node:util';
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import { ROLES, type Role } from '@arrears-hub/protocol';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    org: { type: 'string' },
    region: { type: 'string' },
    sub: { type: 'string' },
    name: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
  },
});

const roles = positionals.map((r) => r.toUpperCase());
if (!roles.length || roles.some((r) => !(ROLES as readonly string[]).includes(r))) {
  console.error(
    `usage: npm run token -- <${ROLES.join('|')}> [more roles] [--org ID] [--region CODE] [--sub ID] [--ttl 8h]`,
  );
  process.exit(2);
}
if (process.env.NODE_ENV === 'production' && !process.env.HUB_JWT_SECRET) {
  console.error('Refusing to mint a token with the development secret in production.');
  process.exit(2);
}
const token = await issueDevelopmentToken({
  sub: values.sub ?? `dev-${roles[0]!.toLowerCase()}`,
  name: values.name,
  roles: roles as Role[],
  org: values.org,
  region: values.region,
  expiresIn: values.ttl,
  secret: process.env.HUB_JWT_SECRET,
});
console.log(token);
