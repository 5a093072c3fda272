import {
  createScanner,
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { migrate, type RawScenario } from './migrations';
import {
  MAX_SCENARIO_FILE_BYTES,
  SCENARIO_FIELDS,
  SCENARIO_FORMAT,
  SCENARIO_SCHEMA_URL,
  SCENARIO_VERSION,
  scenarioFileSchema,
  type ScenarioFile,
} from './schema';
import { costOverridesSchema } from '../../sim/costModel';

/** A problem with a scenario file, located where it can be. */
export interface FileProblem {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
  /** JSON path, e.g. `settings.cores` or `beats[2].caption`. */
  readonly path?: string;
  readonly message: string;
}

/** Outcome of {@link readScenario}. */
export type ReadResult =
  | {
      readonly ok: true;
      readonly scenario: ScenarioFile;
      readonly warnings: readonly FileProblem[];
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

/**
 * Deepest nesting of objects and arrays a scenario file may have. A scenario needs 4 levels; the limit is
 * checked before the file is parsed (the parser and the validation recurse once per level).
 */
export const MAX_JSON_NESTING = 100;

/** Settings a plain `.go` file opens with. */
export const GO_FILE_DEFAULTS = { cores: 4, seed: 1, model: 'go' } as const;

/** Formats a problem as `file:line:col: path: message`, leaving out what is unknown. */
export function formatProblem(p: FileProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`;
  return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/**
 * Reads a scenario from its text: a `.gosched` JSON file (validated, migrated from older versions) or a
 * plain `.go` file (default settings). Never throws; every problem names the file, and the line, column
 * and JSON path where it has them.
 */
export function readScenario(text: string, fileName: string): ReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_FILE_BYTES) {
    const mb = (bytes / 1048576).toFixed(1);
    return fail({ file: fileName, message: `the file is ${mb} MB; scenarios are limited to 5 MB` });
  }
  if (/\.go$/i.test(fileName)) return { ok: true, scenario: scenarioFromGo(text, fileName), warnings: [] };
  if (text.trim() === '')
    return fail({ file: fileName, line: 1, col: 1, message: 'the file is empty; expected a JSON object' });
  const lines = lineStarts(text);
  const at = (offset: number) => toLineCol(lines, offset);
  const tooDeep = firstTooDeep(text);
  if (tooDeep >= 0)
    return fail({
      file: fileName,
      ...at(tooDeep),
      message: `nested more than ${MAX_JSON_NESTING} levels deep; scenario files are limited to ${MAX_JSON_NESTING} levels of objects and arrays`,
    });
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || tree === undefined) {
    if (errors.length === 0)
      return fail({ file: fileName, line: 1, col: 1, message: 'the file is empty; expected a JSON object' });
    return fail(
      // jsonc-parser may report several codes at one spot; the first says what was wrong there.
      ...errors
        .filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i)
        .slice(0, 5)
        .map((e) => ({
          file: fileName,
          ...at(e.offset),
          message: `invalid JSON: ${describeJsonError(printParseErrorCode(e.error))}`,
        })),
    );
  }
  if (tree.type !== 'object')
    return fail({
      file: fileName,
      ...at(tree.offset),
      message: `expected a JSON object, found ${tree.type}`,
    });
  const protoKey = findKey(tree, '__proto__');
  if (protoKey !== undefined)
    return fail({
      file: fileName,
      ...at(protoKey.offset),
      message:
        'the key "__proto__" is not allowed in a scenario file (JavaScript would take it as the object\'s prototype); rename or remove it',
    });
  const doc = nodeValue(tree) as RawScenario;
  /** Where `path` is in the file: its value, or with `key` its key (for a field that should not be there). */
  const locate = (path: (string | number)[], key = false) => {
    const node = findNodeAtLocation(tree, path) ?? tree;
    const where = key && node.parent?.type === 'property' ? node.parent : node;
    return { ...at(where.offset), path: pathString(path) };
  };
  if (doc['format'] !== SCENARIO_FORMAT) {
    const found =
      doc['format'] === undefined ? 'has no "format" field' : `has format ${JSON.stringify(doc['format'])}`;
    return fail({
      file: fileName,
      ...locate(['format']),
      message: `not a GoSched scenario: it ${found}, expected "${SCENARIO_FORMAT}"`,
    });
  }
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({
      file: fileName,
      ...locate(['version']),
      message: `version must be a whole number ≥ 1, got ${JSON.stringify(version)}`,
    });
  }
  if (version > SCENARIO_VERSION) {
    return fail({
      file: fileName,
      ...locate(['version']),
      message: `saved by a newer GoSched Studio (format version ${version}; this app reads up to ${SCENARIO_VERSION}). Update the app to open it.`,
    });
  }
  const migrated = version < SCENARIO_VERSION ? migrate(doc, version, SCENARIO_VERSION) : doc;
  const parsed = scenarioFileSchema.safeParse(migrated);
  if (!parsed.success) {
    return fail(
      ...sortByPlace(
        parsed.error.issues.slice(0, 10).flatMap((i) => {
          const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
          // An unknown key where none may be added (cost names, a beat's `at`): located at the key itself.
          if (i.code === 'unrecognized_keys')
            return i.keys.map((k) => ({
              file: fileName,
              ...locate([...path, k], true),
              message: `unknown field "${k}"; expected one of ${knownKeysOf(path)}`,
            }));
          return [{ file: fileName, ...locate(path), message: i.message }];
        }),
      ),
    );
  }
  const warnings = unknownFields(migrated).map((path) => ({
    file: fileName,
    ...locate(path, true),
    message: 'unknown field, kept as it is and saved back unchanged',
  }));
  return {
    ok: true,
    scenario: parsed.data,
    warnings,
    ...(version < SCENARIO_VERSION ? { migratedFrom: version } : {}),
  };
}

/** A scenario around a plain Go file, with default settings. */
export function scenarioFromGo(source: string, fileName: string): ScenarioFile {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return {
    $schema: SCENARIO_SCHEMA_URL,
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    title: base.replace(/\.go$/i, '') || 'main',
    description: '',
    settings: { ...GO_FILE_DEFAULTS },
    program: source,
    beats: [],
    breakpoints: [],
    view: {},
  };
}

const KNOWN = {
  top: SCENARIO_FIELDS,
  settings: ['cores', 'gomaxprocs', 'seed', 'cost', 'model', 'modelSettings'],
  view: ['theme', 'speed', 'follow'],
  beat: ['at', 'caption', 'pause'],
};

function unknownFields(doc: RawScenario): (string | number)[][] {
  const out: (string | number)[][] = [];
  const check = (obj: unknown, known: readonly string[], prefix: (string | number)[]) => {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return;
    for (const k of Object.keys(obj)) if (!known.includes(k)) out.push([...prefix, k]);
  };
  check(doc, KNOWN.top, []);
  check(doc['settings'], KNOWN.settings, ['settings']);
  check(doc['view'], KNOWN.view, ['view']);
  const beats = doc['beats'];
  if (Array.isArray(beats)) beats.forEach((b, i) => check(b, KNOWN.beat, ['beats', i]));
  return out;
}

/** The names an object at `path` may have, for an unknown-key message. */
function knownKeysOf(path: readonly (string | number)[]): string {
  const shape =
    path.length === 2 && path[0] === 'settings' && path[1] === 'cost'
      ? Object.keys(costOverridesSchema.shape)
      : ['timeNs', 'seq', 'fn (with g, nth)'];
  return shape.join(', ');
}

/**
 * Offset of the first bracket that opens a level deeper than {@link MAX_JSON_NESTING}, or -1. A scanner, not a
 * parser: iterative, so a file nested 100 000 levels deep is refused without recursing.
 */
/** jsonc-parser's `SyntaxKind` values (a const enum, which isolated modules cannot read). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

function firstTooDeep(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
    if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
      if (++depth > MAX_JSON_NESTING) return scanner.getTokenOffset();
    } else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) depth--;
  }
  return -1;
}

/** The first property key named `name` anywhere in the tree (depth-first, in file order). */
function findKey(node: Node, name: string): Node | undefined {
  for (const child of node.children ?? []) {
    if (node.type === 'property' && child === node.children?.[0]) {
      if (child.value === name) return child;
      continue;
    }
    const found = findKey(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Problems in file order (validation reports them in schema order). */
function sortByPlace(problems: FileProblem[]): FileProblem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

function fail(...problems: FileProblem[]): ReadResult {
  return { ok: false, problems };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value) out[String(key.value)] = nodeValue(value);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function pathString(path: (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":"',
    CommaExpected: 'expected ","',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'unexpected text after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string',
  };
  return words[code] ?? code;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function toLineCol(starts: number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}
