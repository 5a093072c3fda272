import type { FuncInfo, Obj } from '../program';

/** A lexical scope: universe, package, file, function or block. */
export class Scope {
  private readonly names = new Map<string, Obj>();

  constructor(
    readonly parent: Scope | null,
    readonly kind: 'universe' | 'package' | 'file' | 'func' | 'block',
    /** The function whose body (or nested block) this is; null outside functions. */
    readonly func: FuncInfo | null,
  ) {}

  /** The object declared here under `name`. */
  lookupLocal(name: string): Obj | undefined {
    return this.names.get(name);
  }

  /** Finds `name` here or in an enclosing scope, with the scope that declares it. */
  lookup(name: string): { obj: Obj; scope: Scope } | undefined {
    // A loop, not recursion: an `else if` chain nests one scope per branch, thousands deep in real programs.
    const here = this.names.get(name);
    if (here) return { obj: here, scope: this };
    for (let s = this.parent; s !== null; s = s.parent) {
      const obj = s.names.get(name);
      if (obj) return { obj, scope: s };
    }
    return undefined;
  }

  /** Declares `obj`; returns the previous object of that name in this scope, if any (then nothing changes). */
  declare(name: string, obj: Obj): Obj | undefined {
    const prev = this.names.get(name);
    if (prev) return prev;
    this.names.set(name, obj);
    return undefined;
  }
}
