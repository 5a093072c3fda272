/**
 * CodeMirror extensions that put the run beside the program: a gutter with the goroutines currently at
 * each line (ids; running ones emphasised; a click selects one), line highlights for the selected
 * goroutine's current line and its `go` statement, and a breakpoint gutter (a click toggles a line
 * breakpoint). Fed from outside with {@link setRunMarks}; holds no run state of its own.
 */
import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, gutter, GutterMarker, type DecorationSet } from '@codemirror/view';

/** A goroutine at a line. */
export interface LineG {
  readonly id: number;
  readonly running: boolean;
}

/** What the gutter shows. */
export interface RunMarks {
  /** Goroutines by 1-based line. */
  readonly byLine: ReadonlyMap<number, readonly LineG[]>;
  /** Goroutines at a line that the view left out (a trimmed view of a huge run), by line: counted, not named. */
  readonly hiddenByLine: ReadonlyMap<number, number>;
  readonly selected: number | null;
  /** The selected goroutine's current line and its go statement's line (0: unknown). */
  readonly selectedLine: number;
  readonly goLine: number;
  /** Lines with a breakpoint (enabled or not). */
  readonly breakLines: ReadonlyMap<number, boolean>;
}

const EMPTY: RunMarks = {
  byLine: new Map(),
  hiddenByLine: new Map(),
  selected: null,
  selectedLine: 0,
  goLine: 0,
  breakLines: new Map(),
};

/** Replaces the marks shown. */
export const setRunMarks = StateEffect.define<RunMarks>();

const marksField = StateField.define<RunMarks>({
  create: () => EMPTY,
  update: (v, tr) => {
    for (const e of tr.effects) if (e.is(setRunMarks)) return e.value;
    return v;
  },
});

/** Chips shown per line before "+n". */
const MAX_CHIPS = 3;

class GoroutinesMarker extends GutterMarker {
  constructor(
    readonly gs: readonly LineG[],
    readonly selected: number | null,
    /** More goroutines at the line, left out of the view (counted in the "+n"). */
    readonly hidden: number,
  ) {
    super();
  }
  override eq(o: GoroutinesMarker): boolean {
    return (
      o.selected === this.selected &&
      o.hidden === this.hidden &&
      o.gs.length === this.gs.length &&
      o.gs.every((g, i) => g.id === this.gs[i]!.id && g.running === this.gs[i]!.running)
    );
  }
  override toDOM(): Node {
    const box = document.createElement('span');
    box.className = 'cm-gmarks';
    // Running first, then by id: the ones that matter most stay visible.
    const sorted = [...this.gs].sort((a, b) => Number(b.running) - Number(a.running) || a.id - b.id);
    for (const g of sorted.slice(0, MAX_CHIPS)) {
      const chip = document.createElement('span');
      chip.className = `cm-gchip${g.running ? ' running' : ''}${g.id === this.selected ? ' selected' : ''}`;
      chip.textContent = `G${g.id}`;
      chip.dataset['g'] = String(g.id);
      chip.title = `G${g.id} ${g.running ? 'is running here' : 'is at this line'} — click to select it`;
      box.appendChild(chip);
    }
    const rest = Math.max(0, sorted.length - MAX_CHIPS) + this.hidden;
    if (rest > 0) {
      const more = document.createElement('span');
      more.className = 'cm-gchip more';
      more.textContent = `+${rest}`;
      const next = sorted[MAX_CHIPS];
      if (next) more.dataset['g'] = String(next.id);
      const named = sorted.slice(MAX_CHIPS, 40).map((g) => `G${g.id}`);
      more.title = [
        ...named,
        ...(sorted.length > 40 ? ['…'] : []),
        ...(this.hidden > 0 ? [`and ${this.hidden} more not on the stage`] : []),
      ].join(' ');
      box.appendChild(more);
    }
    return box;
  }
}

class BreakMarker extends GutterMarker {
  constructor(readonly enabled: boolean) {
    super();
  }
  override eq(o: BreakMarker): boolean {
    return o.enabled === this.enabled;
  }
  override toDOM(): Node {
    const dot = document.createElement('span');
    dot.className = `cm-bpdot${this.enabled ? '' : ' off'}`;
    dot.textContent = '●';
    return dot;
  }
}

const lineDeco = (cls: string) => Decoration.line({ class: cls });

const highlights = EditorView.decorations.compute([marksField], (state): DecorationSet => {
  const m = state.field(marksField);
  const b = new RangeSetBuilder<Decoration>();
  const lines = [
    [m.goLine, 'cm-g-go'],
    [m.selectedLine, 'cm-g-current'],
  ] as const;
  const sorted = lines.filter(([l]) => l > 0 && l <= state.doc.lines).sort((a, c) => a[0] - c[0]);
  for (const [l, cls] of sorted) {
    const from = state.doc.line(l).from;
    b.add(from, from, lineDeco(cls));
  }
  return b.finish();
});

const changed = (u: { transactions: readonly { effects: readonly StateEffect<unknown>[] }[] }) =>
  u.transactions.some((tr) => tr.effects.some((e) => e.is(setRunMarks)));

/** The extensions; `pick` is called with a goroutine clicked in the gutter, `toggleLine` with a line. */
export function runGutters(pick: (g: number) => void, toggleLine: (line: number) => void): Extension {
  return [
    marksField,
    highlights,
    gutter({
      class: 'cm-bp-gutter',
      lineMarker: (view, line) => {
        const n = view.state.doc.lineAt(line.from).number;
        const on = view.state.field(marksField).breakLines.get(n);
        return on === undefined ? null : new BreakMarker(on);
      },
      lineMarkerChange: changed,
      initialSpacer: () => new BreakMarker(true),
      domEventHandlers: {
        mousedown: (view, line) => {
          toggleLine(view.state.doc.lineAt(line.from).number);
          return true;
        },
      },
    }),
    gutter({
      class: 'cm-g-gutter',
      lineMarker: (view, line) => {
        const m = view.state.field(marksField);
        const n = view.state.doc.lineAt(line.from).number;
        const gs = m.byLine.get(n) ?? [];
        const hidden = m.hiddenByLine.get(n) ?? 0;
        return gs.length > 0 || hidden > 0 ? new GoroutinesMarker(gs, m.selected, hidden) : null;
      },
      lineMarkerChange: changed,
      domEventHandlers: {
        mousedown: (_view, _line, event) => {
          const id = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-g]')?.dataset['g'];
          if (id === undefined) return false;
          pick(Number(id));
          return true;
        },
      },
    }),
    EditorView.baseTheme({
      '.cm-g-gutter': { minWidth: '2.5em' },
      '.cm-gmarks': { display: 'inline-flex', gap: '2px', paddingRight: '3px' },
      '.cm-gchip': {
        fontSize: '10px',
        lineHeight: '14px',
        padding: '0 3px',
        borderRadius: '7px',
        border: '1px solid var(--border, #555)',
        cursor: 'pointer',
        color: 'var(--muted, #999)',
      },
      '.cm-gchip.running': {
        color: '#0b0d10',
        background: '#3fb950',
        borderColor: '#3fb950',
        fontWeight: '700',
      },
      '.cm-gchip.selected': { outline: '2px solid var(--accent, #4ea1ff)' },
      '.cm-bp-gutter': { width: '14px', cursor: 'pointer' },
      '.cm-bp-gutter .cm-gutterElement:hover': { background: 'color-mix(in srgb, #ff6b6b 20%, transparent)' },
      '.cm-bpdot': { color: '#ff6b6b', fontSize: '11px' },
      '.cm-bpdot.off': { opacity: '0.35' },
      '.cm-g-current': { background: 'color-mix(in srgb, #3fb950 16%, transparent)' },
      '.cm-g-go': { background: 'color-mix(in srgb, #4ea1ff 16%, transparent)' },
    }),
  ];
}

/** Goroutines by line from a view's goroutines (those with a known line; dead ones left out). */
export function marksByLine(
  gs: readonly { readonly id: number; readonly status: string; readonly line?: number }[],
): Map<number, LineG[]> {
  const out = new Map<number, LineG[]>();
  for (const g of gs) {
    if (!g.line || g.status === '_Gdead') continue;
    let list = out.get(g.line);
    if (!list) out.set(g.line, (list = []));
    list.push({ id: g.id, running: g.status === '_Grunning' });
  }
  return out;
}

/**
 * A string equal for equal {@link RunMarks} and different otherwise: the editor sends the gutter new marks only
 * when they differ (at 100 000 goroutines most views leave every line's goroutines as they were, and each
 * CodeMirror update costs the UI thread a DOM selection read).
 */
export function runMarksKey(m: RunMarks): string {
  const lines: string[] = [];
  for (const [line, gs] of m.byLine)
    lines.push(`${line}:${gs.map((g) => (g.running ? `r${g.id}` : g.id)).join(',')}`);
  for (const [line, n] of m.hiddenByLine) lines.push(`${line}+${n}`);
  const breaks = [...m.breakLines].map(([line, on]) => `${line}${on ? '' : 'x'}`).join(',');
  return `${m.selected}|${m.selectedLine}|${m.goLine}|${breaks}|${lines.join(';')}`;
}
