import { describe, expect, it } from 'vitest';
import { readPickedFile } from './browserFiles';

describe('readPickedFile (the browser build opening a picked or dropped file)', () => {
  it('locates invalid UTF-8 at line and byte column, as go build does, instead of decoding it to U+FFFD', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('package main\n\nfunc main() {\n\t'),
      0xff,
      0x0a,
    ]);
    expect(await readPickedFile(new File([bytes], 'main.go'))).toEqual({
      error: 'main.go:4:2: invalid UTF-8 encoding',
    });
  });
  it('keeps a real U+FFFD and other characters as they are', async () => {
    const text = 'package main\n\n// \uFFFD é 世界 🙂\nfunc main() {}\n';
    expect(await readPickedFile(new File([text], 'main.go'))).toEqual({ text });
  });
});
