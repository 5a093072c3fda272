/**
 * Builds corpus cases with the real Go toolchain and runs them: the ground
 * truth that the recordings and the simulator are checked against.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunOutput } from './compare';
import { HELPERS_GO } from './paths';

const execFileAsync = promisify(execFile);

/** Go release the corpus is recorded with; other toolchains are not used. */
export const GO_RELEASE = 'go1.23';

/** Default per-run time limit. */
export const RUN_TIMEOUT_MS = 10_000;

/** A usable Go toolchain: the `go` command and its full version, e.g. `go1.23.5`. */
export interface GoToolchain {
  go: string;
  version: string;
}

/** The outcome of looking for a toolchain: found, or the reason why not. */
export type ToolchainLookup = ({ found: true } & GoToolchain) | { found: false; reason: string };

/** What `buildCase` produced: a binary in a temporary folder. */
export interface BuiltCase {
  name: string;
  binary: string;
  /** Removes the temporary folder. */
  cleanup(): Promise<void>;
}

function goVersion(go: string): string | undefined {
  try {
    return execFileSync(go, ['env', 'GOVERSION'], { encoding: 'utf8', env: goEnv() }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Finds a Go 1.23 toolchain: `$GOSCHED_GO`, then `/usr/lib/go-1.23/bin/go`, then
 * `go` on the PATH if it reports go1.23. `GOSCHED_GO=off` disables real Go.
 */
export function findGoToolchain(): ToolchainLookup {
  if (process.env.GOSCHED_GO === 'off') return { found: false, reason: 'GOSCHED_GO=off' };
  const candidates = [process.env.GOSCHED_GO, '/usr/lib/go-1.23/bin/go', 'go'].filter(
    (c): c is string => c !== undefined && c !== '',
  );
  for (const go of candidates) {
    if (go.includes('/') && !existsSync(go)) continue;
    const version = goVersion(go);
    if (version === GO_RELEASE || version?.startsWith(`${GO_RELEASE}.`)) {
      return { found: true, go, version };
    }
  }
  return { found: false, reason: `no ${GO_RELEASE} toolchain (tried ${candidates.join(', ')})` };
}

/** The environment for `go` and for the programs: no GOTRACEBACK/GODEBUG, no toolchain download. */
function goEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local', ...extra };
  for (const name of ['GOTRACEBACK', 'GODEBUG', 'GOFLAGS', ...(extra.GOMAXPROCS ? [] : ['GOMAXPROCS'])]) {
    delete env[name];
  }
  return env;
}

/**
 * Builds a case: copies its `main.go`, `helpers.go` and a `go.mod` into a
 * temporary folder and runs `go build` there (default build cache).
 */
export async function buildCase(c: { name: string; dir: string }, go: GoToolchain): Promise<BuiltCase> {
  const work = await mkdtemp(join(tmpdir(), `gosched-conformance-${c.name}-`));
  const cleanup = (): Promise<void> => rm(work, { recursive: true, force: true });
  try {
    await copyFile(join(c.dir, 'main.go'), join(work, 'main.go'));
    await copyFile(HELPERS_GO, join(work, 'helpers.go'));
    await writeFile(join(work, 'go.mod'), 'module scenario\n\ngo 1.23\n');
    const binary = join(work, 'scenario');
    await execFileAsync(go.go, ['build', '-o', binary, '.'], { cwd: work, env: goEnv() });
    return { name: c.name, binary, cleanup };
  } catch (err) {
    await cleanup();
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`${c.name}: go build failed: ${stderr || (err as Error).message}`);
  }
}

/** Runs a binary once with GOMAXPROCS set; rejects if it runs longer than `timeoutMs`. */
function runOnce(binary: string, gomaxprocs: number, timeoutMs: number): Promise<RunOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [], { env: goEnv({ GOMAXPROCS: String(gomaxprocs) }) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === null) {
        reject(
          new Error(`${binary}: killed by ${signal} (time limit ${timeoutMs} ms); stdout so far: ${stdout}`),
        );
      } else {
        resolve({ stdout, stderr, exitCode: code });
      }
    });
  });
}

/** Runs a built case `runs` times, one after another (never in parallel: timing matters). */
export async function runBuilt(
  built: BuiltCase,
  gomaxprocs: number,
  runs: number,
  timeoutMs: number = RUN_TIMEOUT_MS,
): Promise<RunOutput[]> {
  const results: RunOutput[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(built.binary, gomaxprocs, timeoutMs));
  return results;
}

/** Builds a case with real Go, runs it `runs` times with its GOMAXPROCS, and cleans up. */
export async function runRealGo(
  c: { name: string; dir: string; config: { gomaxprocs: number } },
  runs: number,
  go?: GoToolchain,
): Promise<RunOutput[]> {
  const toolchain = go ?? findGoToolchain();
  if ('found' in toolchain && !toolchain.found) throw new Error(toolchain.reason);
  const built = await buildCase(c, toolchain as GoToolchain);
  try {
    return await runBuilt(built, c.config.gomaxprocs, runs);
  } finally {
    await built.cleanup();
  }
}

/** Maps `items` through `fn` with at most `limit` calls in flight; keeps the order. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
