import { describe, expect, it } from 'vitest';
import { EngineSupervisor, MAX_RESTARTS, type EngineChild } from './EngineSupervisor';

interface FakePort {
  id: number;
}

class FakeChild implements EngineChild<FakePort> {
  received: FakePort[] = [];
  killed = false;
  private exit: ((code: number) => void) | undefined;
  postMessage(_m: unknown, transfer: FakePort[]): void {
    this.received.push(...transfer);
  }
  onExit(listener: (code: number) => void): void {
    this.exit = listener;
  }
  kill(): void {
    this.killed = true;
  }
  die(code: number): void {
    this.exit?.(code);
  }
}

function setup() {
  const children: FakeChild[] = [];
  const delivered: { port: FakePort; notice: string | undefined }[] = [];
  let ports = 0;
  let clock = 0;
  const sup = new EngineSupervisor<FakePort>({
    fork: () => {
      const c = new FakeChild();
      children.push(c);
      return c;
    },
    createChannel: () => ({ port1: { id: ports++ }, port2: { id: ports++ } }),
    deliverToRenderer: (port, notice) => delivered.push({ port, notice }),
    now: () => clock,
  });
  return { sup, children, delivered, tick: (ms: number) => (clock += ms) };
}

describe('EngineSupervisor', () => {
  it('gives the engine and the renderer the two ends of one channel', () => {
    const { sup, children, delivered } = setup();
    sup.connectRenderer();
    expect(children).toHaveLength(1);
    expect(children[0]!.received).toEqual([{ id: 0 }]);
    expect(delivered).toEqual([{ port: { id: 1 }, notice: undefined }]);
  });

  it('reuses the running engine when the renderer reloads', () => {
    const { sup, children } = setup();
    sup.connectRenderer();
    sup.connectRenderer();
    expect(children).toHaveLength(1);
    expect(children[0]!.received).toHaveLength(2);
  });

  it('restarts a dead engine and tells the renderer', () => {
    const { sup, children, delivered } = setup();
    sup.connectRenderer();
    children[0]!.die(139);
    expect(children).toHaveLength(2);
    expect(delivered.at(-1)!.notice).toMatch(/stopped unexpectedly \(exit code 139\) and was restarted/);
    expect(children[1]!.received).toHaveLength(1);
  });

  it('gives up on a crash loop with a clear notice', () => {
    const { sup, children, delivered, tick } = setup();
    sup.connectRenderer();
    for (let i = 0; i <= MAX_RESTARTS; i++) {
      tick(100);
      children.at(-1)!.die(1);
    }
    expect(children).toHaveLength(MAX_RESTARTS + 1);
    expect(delivered.at(-1)!.notice).toMatch(/will not be restarted/);
  });

  it('does not restart an engine stopped on purpose', () => {
    const { sup, children } = setup();
    sup.connectRenderer();
    sup.stop();
    children[0]!.die(0);
    expect(children).toHaveLength(1);
    expect(children[0]!.killed).toBe(true);
  });
});
