/**
 * bytes.Buffer's write side (bytes/buffer.go): the same text buffer as strings.Builder, written by its own
 * methods and by fmt.Fprint*; output checked against Go.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from './index';
import { expectLikeGo } from './testing/likeGo';

describe('bytes.Buffer', () => {
  it('writes with WriteString/WriteByte/WriteRune/Write and fmt.Fprint*, reads back, and panics on Grow(-1) as Go does', () => {
    expectLikeGo(
      `package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(',')
	buf.WriteRune('é')
	n, err := buf.Write([]byte(" world"))
	fmt.Println(n, err, buf.Len())
	fmt.Fprintf(&buf, " %d+%d=%d", 1, 2, 3)
	fmt.Println(buf.String())
	p := &bytes.Buffer{}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fmt.Fprintln(p, "g", i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Print(p.String())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	buf.Grow(-1)
}
`,
      {
        stdout: '6 <nil> 14\nhello,é world 1+2=3\ng 2\ng 0\ng 1\n0 true\n',
        stderrHead: 'panic: bytes.Buffer.Grow: negative count\n\ngoroutine 1 [running]:',
        exitCode: 2,
      },
    );
  });

  it('refuses a copy and the read side by name, each with one located message', () => {
    const src =
      'package main\n\nimport (\n\t"bytes"\n\t"fmt"\n)\n\nfunc main() {\n\tvar b bytes.Buffer\n\tc := b\n\tfmt.Println(c.Len(), b.Bytes())\n}\n';
    const c = compileSource(src, 'main.go');
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '10:7 copying a bytes.Buffer is not supported in scenarios',
      '11:25 bytes.Buffer.Bytes is not supported in scenarios',
    ]);
  });
});
