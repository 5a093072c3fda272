import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELPERS_GO_SOURCE } from './helpersGo';
import { GO_MOD } from './exportGo';
import { parseGoDuration } from './goDuration';
import { runCli } from './main';
import { FMT_TORTURE, SEMANTICS_TORTURE } from '../../lang/compile/testing/diffPrograms';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'gosched.mjs');
const GO = '/usr/lib/go-1.23/bin/go';

const dir = mkdtempSync(join(tmpdir(), 'gosched-cli-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello", 6*7)\n}\n';
const ORDER = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	order := []int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			order = append(order, i)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
`;
const PANIC =
  'package main\n\nimport "fmt"\n\nfunc main() {\n\tdefer fmt.Println("deferred")\n\ts := []int{1}\n\ti := 3\n\tfmt.Println(s[i])\n}\n';

/** context, sync.Map, atomic.Value/Pointer/AddInt64, strings.Builder, errors.Is/Unwrap with %w, RLocker, Atoi. */
const LIBRARY2 = `package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type cfg struct{ v int }

var ErrMissing = errors.New("missing")

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer cancel()
	vctx := context.WithValue(ctx, "k", 7)
	<-vctx.Done()
	fmt.Println(vctx.Err(), vctx.Value("k"), errors.Is(vctx.Err(), context.DeadlineExceeded))
	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	var av atomic.Value
	av.Store(cfg{1})
	var ap atomic.Pointer[cfg]
	ap.Store(&cfg{2})
	fmt.Println(av.Load().(cfg).v, ap.Load().v)
	var n int64
	atomic.AddInt64(&n, 5)
	var b strings.Builder
	fmt.Fprintf(&b, "n=%d", atomic.LoadInt64(&n))
	fmt.Println(b.String())
	err := fmt.Errorf("wrap: %w", ErrMissing)
	fmt.Println(err, errors.Is(err, ErrMissing), errors.Unwrap(err) == ErrMissing)
	var rw sync.RWMutex
	l := rw.RLocker()
	l.Lock()
	l.Unlock()
	x, err := strconv.Atoi("12x")
	fmt.Println(x, err)
}
`;

/**
 * Cond over an RLocker, errors.Join and As methods, keyed array/slice elements, array and struct map keys, an
 * array length expression, strconv's parsers and atomic.Uintptr.
 */
const LANG2 = `package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

const Size = 2

type Board [Size * Size]int

type Point struct{ X, Y int }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Legacy struct{ code int }

func (l Legacy) Error() string { return fmt.Sprint("legacy ", l.code) }

func (l Legacy) As(target any) bool {
	if t, ok := target.(**NotFound); ok {
		*t = &NotFound{Name: fmt.Sprint("item", l.code)}
		return true
	}
	return false
}

func main() {
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	ready := false
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.L.Lock()
			for !ready {
				c.Wait()
			}
			c.L.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	rw.Lock()
	ready = true
	rw.Unlock()
	c.Broadcast()
	wg.Wait()
	fmt.Println("readers woke")

	var nf *NotFound
	j := errors.Join(errors.New("a"), fmt.Errorf("b: %w", Legacy{7}))
	fmt.Println(errors.As(j, &nf), nf)
	fmt.Printf("%q\\n", j.Error())

	a := [5]int{2: 1, 4: 7}
	s := []string{3: "x"}
	g := [...]int{5: 1, 2: 3, 4}
	fmt.Println(a, len(s), g, len(g))

	seen := map[[2]int]int{{1, 2}: 1}
	seen[[2]int{1, 2}]++
	grid := map[Point]string{{0, 1}: "b", {0, 0}: "a"}
	fmt.Println(seen, grid)

	var b Board
	b[Size*Size-1] = 1
	n, err := strconv.ParseInt("0x_ff", 0, 16)
	_, err2 := strconv.ParseInt("70000", 10, 16)
	ok, err3 := strconv.ParseBool("T")
	var up atomic.Uintptr
	up.Add(3)
	fmt.Println(b, n, err, err2, ok, err3, up.Load(), strconv.FormatUint(^uint64(0), 36), strconv.QuoteRune('x'))
}
`;

/** Issue 14's library constructs: variadic calls, maps, recover, strings, math/rand, time.AfterFunc. */
const LIBRARY = `package main

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
)

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	return a / b, ""
}

func main() {
	m := map[string][]int{"b": {2}, "a": {1}}
	m["c"] = append(m["c"], 3)
	delete(m, "b")
	_, ok := m["b"]
	fmt.Println(m, len(m), ok, join("-", "x", "y"), join("+", []string{"p", "q"}...))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	n := rand.Intn(10)
	fmt.Println(n >= 0 && n < 10, strings.ToUpper("gö"))
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	fmt.Println(<-done)
}
`;

describe('Go duration syntax (--until)', () => {
  it.each<[string, number | null]>([
    ['10ms', 10_000_000],
    ['1.5s', 1_500_000_000],
    ['1h2m3s', 3_723_000_000_000],
    ['250us', 250_000],
    ['250µs', 250_000],
    ['0', 0],
    ['7ns', 7],
    ['.5ms', 500_000],
    ['10', null],
    ['ms', null],
    ['1d', null],
    ['', null],
  ])('%j is %j ns', (text, ns) => {
    expect(parseGoDuration(text)).toBe(ns);
  });
});

describe('gosched run', () => {
  it('prints what the program prints and exits 0', async () => {
    expect(await cli('run', file('hello.go', HELLO))).toEqual({ code: 0, stdout: 'hello 42\n', stderr: '' });
  });
  it('honours --cores (S01 order on one P)', async () => {
    const r = await cli('run', file('order.go', ORDER), '--cores', '1', '--seed=5');
    expect(r).toEqual({ code: 0, stdout: '[4 0 1 2 3]\n', stderr: '' });
  });
  it("exits with Go's status 2 and the panic on stderr", async () => {
    const r = await cli('run', file('panic.go', PANIC));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('deferred\n');
    expect(r.stderr).toBe(
      'panic: runtime error: index out of range [3] with length 1\n\ngoroutine 1 [running]:\n',
    );
  });
  it('reads program and settings from a .gosched scenario', async () => {
    const sc = {
      format: 'gosched-scenario',
      version: 1,
      title: 't',
      settings: { cores: 1, seed: 2 },
      program: ORDER,
    };
    const r = await cli('run', file('order.gosched', JSON.stringify(sc)));
    expect(r).toEqual({ code: 0, stdout: '[4 0 1 2 3]\n', stderr: '' });
  });
  it('--until stops at a virtual time; --events writes the event log as JSON lines', async () => {
    const src =
      'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tfmt.Println("a")\n\ttime.Sleep(50 * time.Millisecond)\n\tfmt.Println("b")\n}\n';
    const p = file('sleep.go', src);
    const early = await cli('run', p, '--until', '10ms');
    expect(early).toEqual({ code: 0, stdout: 'a\n', stderr: '' });
    const out = join(dir, 'events.jsonl');
    const full = await cli('run', p, '--events', out);
    expect(full).toEqual({ code: 0, stdout: 'a\nb\n', stderr: '' });
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const events = lines.map((l) => JSON.parse(l) as { seq: number; t: number });
    expect(events.length).toBeGreaterThan(5);
    events.forEach((e, i) => expect(e.seq).toBe(i));
    expect((events[events.length - 1] as { t: number }).t).toBeGreaterThanOrEqual(50_000_000);
  });
  it('--metrics writes the scheduler metrics as CSV (utilisation, counts, latency, run queues)', async () => {
    const p = file('order.go', ORDER);
    const out = join(dir, 'metrics.csv');
    const r = await cli('run', p, '--cores', '2', '--metrics', out);
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    const [summary, series] = csv.split('\n\n');
    const kv = Object.fromEntries(
      summary!
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')),
    );
    expect(Number(kv['p0_utilisation'])).toBeGreaterThan(0);
    expect(Number(kv['goroutines_created'])).toBe(6);
    expect(Number(kv['latency_p50_ns'])).toBeLessThanOrEqual(Number(kv['latency_p95_ns']));
    expect(series!.split('\n')[0]).toBe('t_ns,runq_p0,runq_p1,globrunq');
    const bad = await cli('run', p, '--metrics', join(dir, 'no-such-dir', 'm.csv'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/no-such-dir.*cannot write/);
  });
  it('prints diagnostics instead of running a bad program', async () => {
    const r = await cli('run', file('bad.go', 'package main\n\nfunc main() {\n\tx := 1\n}\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bad.go:4:2: declared and not used: x\n');
  });
});

describe('gosched check and export-go', () => {
  it('check prints file:line:col: message and exits 1 on errors, 0 when clean', async () => {
    expect(await cli('check', file('ok.go', HELLO))).toEqual({ code: 0, stdout: '', stderr: '' });
    const r = await cli('check', file('m.go', 'package main\n\nimport "os"\n\nfunc main() {}\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^m\.go:3:8: .*os.*\n$/);
  });
  it('check names a scenario file by its base name', async () => {
    const sc = {
      format: 'gosched-scenario',
      version: 1,
      title: 't',
      settings: { cores: 1, seed: 1 },
      program: 'package main\n\nfunc main() {\n\tx := 1\n}\n',
    };
    const r = await cli('check', file('lesson.gosched', JSON.stringify(sc)));
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'lesson.gosched:4:2: declared and not used: x\n' });
  });
  it('export-go writes go.mod, main.go and the real helpers', async () => {
    const out = join(dir, 'module');
    expect(await cli('export-go', file('hello2.go', HELLO), out)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(readdirSync(out).sort()).toEqual(['go.mod', 'helpers.go', 'main.go']);
    expect(readFileSync(join(out, 'go.mod'), 'utf8')).toBe(GO_MOD);
    expect(readFileSync(join(out, 'main.go'), 'utf8')).toBe(HELLO);
    expect(readFileSync(join(out, 'helpers.go'), 'utf8')).toBe(HELPERS_GO_SOURCE);
  });
  it('the embedded helpers are identical to conformance/helpers.go', () => {
    expect(HELPERS_GO_SOURCE).toBe(readFileSync(join(ROOT, 'conformance', 'helpers.go'), 'utf8'));
  });
});

describe('bad input gives one line and a status, never a stack trace', () => {
  it.each<[string, string[], number, RegExp]>([
    ['missing file', ['run', join(dir, 'missing.go')], 2, /missing\.go: no such file/],
    ['unknown flag', ['run', 'x.go', '--fast'], 2, /unknown flag --fast/],
    ['cores 0', ['run', 'x.go', '--cores', '0'], 2, /--cores must be between 1 and 256, got 0/],
    ['cores 300', ['run', 'x.go', '--cores=300'], 2, /--cores must be between 1 and 256, got 300/],
    ['bad until', ['run', 'x.go', '--until', 'soon'], 2, /--until must be a Go duration/],
    ['no file', ['check'], 2, /expects one FILE/],
    ['unknown command', ['frobnicate'], 2, /unknown command "frobnicate"/],
  ])('%s', async (_name, argv, code, msg) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('non-UTF-8 and oversized files', async () => {
    const bin = await cli('run', file('bin.go', Buffer.from([0x70, 0x61, 0xff, 0xfe, 0x0a])));
    expect(bin.code).toBe(1);
    expect(bin.stderr).toBe('gosched: bin.go:1:3: invalid UTF-8 encoding\n');
    const big = await cli('check', file('big.go', Buffer.alloc(10 * 1024 * 1024, 0x20)));
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/big\.go: the file is 10\.0 MB; scenarios are limited to 5 MB\n$/);
  });
});

describe('the launcher (node bin/gosched.mjs)', () => {
  it('runs a program and propagates the exit status', () => {
    const ok = spawnSync('node', [BIN, 'run', file('l1.go', HELLO)], { encoding: 'utf8' });
    expect([ok.status, ok.stdout, ok.stderr]).toEqual([0, 'hello 42\n', '']);
    const bad = spawnSync('node', [BIN, 'run', file('l2.go', PANIC)], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('panic: runtime error: index out of range [3] with length 1');
    const usage = spawnSync('node', [BIN, 'run', 'nope.go', '--cores', '0'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

/** float64, math, arrays and []byte/[]rune conversions (issue 14 item 1) through export-go. */
const FLOATS_ARRAYS_BYTES = `package main

import (
	"fmt"
	"math"
	"time"
)

type Grid [2][3]float64

func main() {
	var g Grid
	g[1][2] = math.Sqrt(2)
	h := g
	h[0][0] = math.Pow(2, -3)
	fmt.Println(g, h, g == h, len(h[0]))
	xs := [...]int{3, 1, 2}
	s := xs[1:]
	s[0] = 10
	fmt.Printf("%v %T %.3f %e %g\\n", xs, xs, math.Pi, 1e21, 1.0/3)
	b := []byte("héllo")
	b = append(b, " world"...)
	r := []rune(string(b))
	fmt.Println(b[:3], len(r), string(r[1:5]), (1500 * time.Millisecond).Seconds())
	done := make(chan float64)
	go func() { done <- float64(len(r)) / 4 }()
	fmt.Println(<-done)
}
`;

describe.skipIf(!existsSync(GO))('exported modules build with Go 1.23 and print the same', () => {
  it.each<[string, string]>([
    ['hello', HELLO],
    ['order', ORDER],
    ['panic', PANIC],
    ['fmt-torture', FMT_TORTURE],
    ['semantics-torture', SEMANTICS_TORTURE],
    ['library', LIBRARY],
    ['floats-arrays-bytes', FLOATS_ARRAYS_BYTES],
    ['library-2', LIBRARY2],
    ['lang-2', LANG2],
    // Structs, methods, interfaces, errors and fmt's Error/String calls (conformance cases 80-83).
    ...['80-struct-values', '82-interfaces-errors', '83-fmt-error-string-methods'].map(
      (c): [string, string] => [c, readFileSync(join(ROOT, 'conformance', 'cases', c, 'main.go'), 'utf8')],
    ),
  ])(
    '%s',
    async (name, src) => {
      const p = file(`${name}-go.go`, src);
      const out = join(dir, `${name}-mod`);
      expect((await cli('export-go', p, out)).code).toBe(0);
      const env = {
        ...process.env,
        GOFLAGS: '-mod=mod',
        GOTOOLCHAIN: 'local',
        GOCACHE: process.env['GOCACHE'] ?? join(tmpdir(), 'gosched-test-gocache'),
        GOPATH: join(dir, 'gopath'),
      };
      execFileSync(GO, ['build', '-o', 'prog', '.'], { cwd: out, env, stdio: 'pipe' });
      const real = spawnSync(join(out, 'prog'), [], { encoding: 'utf8', env: { ...env, GOMAXPROCS: '1' } });
      const sim = await cli('run', p, '--cores', '1');
      expect(sim.stdout).toBe(real.stdout);
      expect(sim.code).toBe(real.status);
      const head = (s: string): string => s.split('\n').slice(0, 3).join('\n');
      expect(head(sim.stderr)).toBe(head(real.stderr));
    },
    120_000,
  );
});
