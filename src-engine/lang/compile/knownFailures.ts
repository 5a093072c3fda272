/**
 * Conformance cases that do not match real Go yet, with the reason. The conformance test is strict: a listed
 * case that passes fails the test (remove it from here), and an unlisted failing case fails too.
 */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  '09-buffered-full-blocked-senders':
    'engine: the Op set has no way to read a channel’s buffered count, so len(ch) cannot be compiled (needs an op such as chanLen → value)',
  '37-deadlock-waitgroup':
    'engine: a goroutine blocked in WaitGroup.Wait reports wait reason "sync.WaitGroup.Wait" (Go 1.24) but Go 1.23 prints "semacquire"',
};
