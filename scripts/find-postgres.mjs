// Where Debian's PostgreSQL server binaries are (the warehouse parity tests and the bench start a throwaway
// server); no dependencies, so `.ci/run` and `npm test` can ask before `npm install` has run.
import { existsSync, readdirSync } from 'node:fs';

const NEEDED = ['initdb', 'pg_ctl', 'postgres', 'psql'];

/** The newest /usr/lib/postgresql/<version>/bin with everything a throwaway server needs, or undefined. */
export function findPostgresBin() {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && NEEDED.every((b) => existsSync(`${fromEnv}/${b}`))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => `${root}/${v}/bin`)
    .find((bin) => NEEDED.every((b) => existsSync(`${bin}/${b}`)));
}

/** The Debian packages missing for the PostgreSQL parity tests. */
export function missingPostgresPackages() {
  return findPostgresBin() ? [] : ['postgresql'];
}
