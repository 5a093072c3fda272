/**
 * `context` through the engine (issue 14 item 5): Done channels made and closed by the engine, deadlines on
 * per-P timers (context.WithDeadline uses time.AfterFunc), values looked up through the chain; every
 * expectation is what real Go 1.23 prints (checked when the toolchain is installed).
 */
import { describe, expect, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';
import { runGo } from './testing/runGo';
import { compileSource } from './index';

const TOUR = `package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, wg *sync.WaitGroup, stopped []error) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			stopped[id-1] = ctx.Err()
			return
		default:
			work(time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stopped := make([]error, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, stopped)
	}
	time.Sleep(5 * time.Millisecond)
	cancel()
	cancel()
	wg.Wait()
	fmt.Println("workers stopped:", stopped)
	fmt.Println(ctx.Err() == context.Canceled, errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	res := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		res <- "done"
	}()
	select {
	case r := <-res:
		fmt.Println(r)
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err())
	}
	vctx := context.WithValue(context.Background(), key("user"), "ann")
	vctx2 := context.WithValue(vctx, key("id"), 42)
	c3, c3cancel := context.WithCancel(vctx2)
	fmt.Println(c3.Value(key("user")), c3.Value(key("id")), c3.Value(key("none")), c3.Value("user"))
	c3cancel()
	<-c3.Done()
	fmt.Println(c3.Err(), vctx2.Err())
	parent, pc := context.WithCancel(context.Background())
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pc()
	<-child.Done()
	fmt.Println("child:", child.Err())
	dl, ok := child.Deadline()
	_ = dl
	fmt.Println(ok)
	_, ok = parent.Deadline()
	fmt.Println(ok)
	fmt.Printf("%v %T %T\\n", context.DeadlineExceeded, context.DeadlineExceeded, context.Canceled)
	if context.Background().Done() == nil {
		fmt.Println("background never done")
	}
}
`;

const ORDER = `package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-ctx.Done()
			fmt.Println("stopped", id, ctx.Err())
		}(i)
	}
	time.Sleep(time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("done", ctx.Err())
}
`;

describe('context (context.go through the engine)', () => {
  it('a worker pool cancelled by context.WithCancel, a WithTimeout racing a slower worker, WithValue lookups, deadlines', () => {
    expectLikeGo(TOUR, {
      stdout:
        'workers stopped: [context canceled context canceled context canceled]\ntrue true\ntimeout: context deadline exceeded\nann 42 <nil> <nil>\ncontext canceled <nil>\nchild: context canceled\ntrue\nfalse\ncontext deadline exceeded context.deadlineExceededError *errors.errorString\nbackground never done\n',
    });
  });

  it('context.(*cancelCtx).cancel closes Done through the engine (chan.close): waiters wake in Go order', () => {
    expectLikeGo(ORDER, {
      stdout:
        'stopped 3 context canceled\nstopped 2 context canceled\nstopped 1 context canceled\ndone context canceled\n',
    });
    const r = runGo(ORDER);
    const events = Array.from({ length: r.run.eventCount }, (_, i) => r.run.event(i));
    expect(events.some((e) => e.kind.startsWith('chan.close'))).toBe(true);
  });

  it('context.WithDeadline arms a per-P timer (time.AfterFunc) that closes Done', () => {
    const src = `package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel()
	start := time.Now()
	<-ctx.Done()
	fmt.Println(ctx.Err(), time.Since(start) >= 3*time.Millisecond)
}
`;
    expectLikeGo(src, { stdout: 'context deadline exceeded true\n' });
    const r = runGo(src);
    const events = Array.from({ length: r.run.eventCount }, (_, i) => r.run.event(i));
    expect(events.some((e) => e.kind === 'g.create' && e.fn === 'time.goFunc')).toBe(true);
  });

  it('a child of a cancelled parent is cancelled at once (propagateCancel); a child deadline never outlives its parent', () => {
    expectLikeGo(
      `package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pd, _ := parent.Deadline()
	cd, ok := child.Deadline()
	fmt.Println(ok, pd == cd)
	<-child.Done()
	fmt.Println(child.Err())
	late, lc := context.WithCancel(parent)
	defer lc()
	select {
	case <-late.Done():
		fmt.Println("already", late.Err())
	default:
		fmt.Println("not done")
	}
}
`,
      { stdout: 'true true\ncontext deadline exceeded\nalready context deadline exceeded\n' },
    );
  });

  it('refuses the cause functions with one located message', () => {
    const c = compileSource(
      'package main\n\nimport "context"\n\nfunc main() {\n\tctx, cancel := context.WithCancelCause(context.Background())\n\t_ = ctx\n\t_ = cancel\n}\n',
      'main.go',
    );
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '6:25 context.WithCancelCause is not supported in scenarios',
    ]);
  });
});

describe('errors.Is / errors.As / errors.Unwrap and fmt.Errorf %w (errors/wrap.go, fmt/errors.go)', () => {
  it('walks a wrapped chain as Go does', () => {
    expectLikeGo(
      `package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ Code int }

func (t TempErr) Error() string { return fmt.Sprintf("temp %d", t.Code) }

func find(q string) error {
	return &QueryError{Query: q, Err: ErrNotFound}
}

func main() {
	err := find("users")
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Printf("%T %T\\n", wrapped, err)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, errors.New("not found")))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query:", qe.Query)
	}
	var te TempErr
	fmt.Println(errors.As(wrapped, &te))
	w2 := fmt.Errorf("outer: %w", fmt.Errorf("mid %d: %w", 2, TempErr{7}))
	fmt.Println(w2, errors.As(w2, &te), te.Code)
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound, errors.Unwrap(ErrNotFound))
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, TempErr{3})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Unwrap(multi))
	fmt.Printf("%T\\n", multi)
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil))
	var target error
	fmt.Println(errors.As(w2, &target), target)
}
`,
      {
        stdout:
          'handler: users: not found\n*fmt.wrapError *main.QueryError\ntrue false\nquery: users\nfalse\nouter: mid 2: temp 7 true 7\ntrue true <nil>\nboth: not found and temp 3 true <nil>\n*fmt.wrapErrors\ntrue false\ntrue outer: mid 2: temp 7\n',
      },
    );
  });
});
