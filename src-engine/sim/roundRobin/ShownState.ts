import type { SchedEvent } from '../events';
import type { GStatus, PStatus, WorldView } from '../WorldView';

/** The round-robin model's visible state, changed only by applying its events in log order. */
export class ShownState {
  t = 0;
  private seq = -1;
  private readonly pStatus: PStatus[];
  private readonly pG: (number | null)[];
  private readonly gs = new Map<number, { status: GStatus; loc: string }>();
  private readonly queue: number[] = [];

  constructor(private readonly cores: number) {
    this.pStatus = new Array<PStatus>(cores).fill('_Pidle');
    this.pG = new Array<number | null>(cores).fill(null);
  }

  apply(ev: SchedEvent): void {
    this.t = ev.t;
    this.seq = ev.seq;
    if (ev.g !== undefined && ev.from === 'globrunq') this.queue.splice(this.queue.indexOf(ev.g), 1);
    if (ev.g !== undefined && ev.p !== undefined && ev.from?.startsWith('running(')) this.pG[ev.p] = null;
    switch (ev.kind) {
      case 'g.create':
      case 'g.move':
        if (ev.to === 'globrunq') {
          this.queue.push(ev.g!);
          this.gs.set(ev.g!, { status: '_Grunnable', loc: 'globrunq' });
        } else {
          this.pG[ev.p!] = ev.g!;
          this.gs.set(ev.g!, { status: '_Grunning', loc: ev.to! });
        }
        break;
      case 'g.exit':
        this.gs.delete(ev.g!);
        break;
      case 'p.status':
        this.pStatus[ev.p!] = ev.to as PStatus;
        break;
    }
  }

  view(): WorldView {
    return {
      t: this.t,
      seq: this.seq,
      gomaxprocs: this.cores,
      ps: this.pStatus.map((status, id) => ({
        id,
        status,
        m: status === '_Prunning' ? id : null,
        runnext: null,
        runq: [],
        schedtick: 0,
      })),
      ms: this.pStatus.map((status, id) => ({
        id,
        state: this.pG[id] !== null ? 'running' : status === '_Prunning' ? 'scheduling' : 'idle',
        p: status === '_Prunning' ? id : null,
        g: this.pG[id] ?? null,
      })),
      gs: [...this.gs].map(([id, g]) => ({ id, status: g.status, loc: g.loc })),
      globrunq: [...this.queue],
    };
  }
}
