// Real warehouse engines for the parity tests and the bench: embedded DuckDB, and a throwaway PostgreSQL server
// (Debian's package) in a temp dir on a free local port. Also the generated accounts both use.
import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin } from './find-postgres.mjs';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failing row can be reproduced. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values at and around each normalizer's edges: its bounds, just past them, far past them, and the points 80 and 50. */
function edgesOf(n) {
  switch (n.kind) {
    case 'min-max': {
      const span = n.max - n.min;
      return [n.min, n.max, n.min - span, n.max + span, n.min + 0.8 * span, n.min + 0.5 * span, n.min + 0.795 * span, -1e9, 1e9, 0];
    }
    case 'inverse':
      return [0, 1, -0.5, 1.5, 0.2, 0.5, 0.205, -1e9, 1e9];
    case 'z-percentile':
      return [n.mean, n.mean + n.sd, n.mean - n.sd, n.mean + 30 * n.sd, n.mean - 30 * n.sd, 1e9, -1e9, 0];
    case 'decay':
      return [n.grace, n.grace - 1, n.grace + n.halfLife, n.grace + 2 * n.halfLife, n.grace + 1100 * n.halfLife, 1e9, -5, 0];
  }
}

/** A plausible value for the normalizer: a little outside its range now and then. */
function typical(n, r) {
  switch (n.kind) {
    case 'min-max':
      return n.min + (n.max - n.min) * (r() * 1.2 - 0.1);
    case 'inverse':
      return r() * 0.6;
    case 'z-percentile':
      return n.mean + n.sd * (r() + r() + r() - 1.5) * 2.5;
    case 'decay':
      return Math.round(r() * 90 * 10) / 10;
  }
}

/**
 * `n` accounts for `config`'s signals, as columns (null = missing, NaN = missing too): about 12 % missing, 2 % NaN,
 * 8 % edge values per signal, and every 50th account with at most two signals (below the minimum coverage).
 */
export function generateAccounts(config, n, seed = 17) {
  const r = random(seed);
  const columns = Object.create(null);
  for (const s of config.signals) columns[s.id] = new Array(n);
  for (let i = 0; i < n; i++) {
    const sparse = i % 50 === 0;
    for (const s of config.signals) {
      const x = r();
      const edges = edgesOf(s.normalize);
      columns[s.id][i] =
        (sparse && r() < 0.75) || x < 0.12 ? null : x < 0.14 ? NaN : x < 0.22 ? edges[Math.floor(r() * edges.length)] : typical(s.normalize, r);
    }
  }
  return columns;
}

/** The accounts as CSV with an `id` column first; an empty field is NULL, and NaN is written as both engines read it. */
export function toCsv(columns, ids) {
  const n = columns[ids[0]].length;
  const lines = [['id', ...ids].join(',')];
  for (let i = 0; i < n; i++) {
    let line = String(i);
    for (const id of ids) {
      const v = columns[id][i];
      line += ',' + (v === null ? '' : Number.isNaN(v) ? 'NaN' : String(v));
    }
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function must(result, what) {
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.stdout;
}

/**
 * Starts a PostgreSQL server of its own: initdb in a temp dir, listening on 127.0.0.1 at a free port, trust
 * authentication, no fsync (the data is thrown away). PostgreSQL refuses to run as root, so as root the server runs
 * as the `postgres` user that Debian's package creates. `query(sql, input)` runs psql (stdin → COPY … FROM STDIN);
 * `stop()` stops the server and removes the directory.
 */
export async function startPostgres() {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL's server binaries were not found: install Debian's postgresql (apt-get install postgresql) or set PG_BIN.");
  const dir = mkdtempSync(join(tmpdir(), 'advocacy-kit-pg-'));
  const asRoot = process.getuid?.() === 0;
  const runAs = (cmd, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (asRoot) {
    const uid = Number(must(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }), 'id -u postgres (the postgres user)'));
    const gid = Number(must(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }), 'id -g postgres'));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  const exec = (cmd, args) => must(spawnSync(...runAs(cmd, args), { encoding: 'utf8', cwd: dir }), `${cmd} ${args[0]}`);
  try {
    exec(`${bin}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    exec(`${bin}/pg_ctl`, ['-D', data, '-l', join(dir, 'server.log'), '-o', settings, '-w', '-t', '60', 'start']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let stopped = false;
  return {
    port,
    query(sql, input) {
      const args = ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-c', sql];
      return must(spawnSync(`${bin}/psql`, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 }), 'psql');
    },
    stop() {
      if (stopped) return;
      stopped = true;
      spawnSync(...runAs(`${bin}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']), { stdio: 'ignore', cwd: dir });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
