/**
 * strings.Builder (strings/builder.go) and fmt.Fprint* into it as an io.Writer; output checked against Go.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from './index';
import { expectLikeGo } from './testing/likeGo';

describe('strings.Builder and fmt.Fprint* to an io.Writer', () => {
  it('builds strings with WriteString/WriteByte/WriteRune/Fprintf and reads them back', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

type report struct {
	sb strings.Builder
	mu sync.Mutex
}

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	n, err := b.WriteString("!")
	fmt.Println(n, err)
	b.WriteByte(' ')
	b.WriteRune('é')
	b.WriteString("ok")
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	r := &report{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			r.mu.Lock()
			fmt.Fprintln(&r.sb, "worker", id)
			r.mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Print(r.sb.String())
	fmt.Fprintln(os.Stdout, "to stdout")
	p := &strings.Builder{}
	p.Grow(10)
	fmt.Fprint(p, "x", 1, true)
	fmt.Println(p.String(), strings.Repeat("ab", 3))
}
`,
      {
        stdout:
          '1 <nil>\n3...2...1...ignition! éok 26\n0 true\nworker 2\nworker 0\nworker 1\nto stdout\nx1 true ababab\n',
      },
    );
  });

  it('refuses copies and writers it cannot write to, each with one located message', () => {
    const src =
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\ntype W struct{}\n\nfunc (W) Write(p []byte) (int, error) { return len(p), nil }\n\nfunc main() {\n\tvar b strings.Builder\n\tc := b\n\tfmt.Fprintln(W{}, c.Len())\n}\n';
    const c = compileSource(src, 'main.go');
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '14:7 copying a strings.Builder is not supported in scenarios',
    ]);
  });
});
