/**
 * Conformance cases that do not match real Go yet, with the reason. The conformance test is strict: a listed
 * case that passes fails the test (remove it from here), and an unlisted failing case fails too.
 */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {};
