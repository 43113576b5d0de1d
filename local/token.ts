/**
 * `npm run token -- --sub u1 --roles hall-admin --hall h1`: prints a JWT the local server
 * accepts. Agency admins omit --hall. Roles may be comma-separated or repeated.
 */
import { parseArgs } from 'node:util';
import { loadOrCreateKeys, signToken } from './auth';
import { resolveStateDir } from './runtime';

const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    roles: { type: 'string', multiple: true },
    hall: { type: 'string' },
    ttl: { type: 'string', default: '43200' },
  },
});

if (!values.sub || !values.roles?.length) {
  process.stderr.write('usage: npm run token -- --sub <id> --roles <role[,role]> [--hall <hallId>] [--ttl <seconds>]\n');
  process.exit(2);
}

const keys = await loadOrCreateKeys(resolveStateDir(process.env.DATA_DIR ?? '.data'));
const token = await signToken(keys, {
  sub: values.sub,
  roles: values.roles.flatMap((r) => r.split(',')).filter(Boolean),
  ...(values.hall ? { hallId: values.hall } : {}),
  ttlSeconds: Number(values.ttl),
});
process.stdout.write(`${token}\n`);
