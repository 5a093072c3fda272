import { describe, expect, it } from 'vitest';
import { body, go, makechan, op, rec, recv, ref, send } from '../testing/bodyBuilder';
import { runProgram } from '../testing/run';

const len = (as: string) => op((v) => ({ op: 'chanLen', ch: ref('ch')(v) }), as);

describe('len(ch) (chanlen: hchan.qcount)', () => {
  it('counts the values in the buffer, not the blocked senders', () => {
    const sender = body('sender', [send(ref('ch'), 3)]);
    const r = runProgram([
      makechan('ch', 2),
      len('n0'),
      rec((v) => `empty ${v['n0']}`),
      send(ref('ch'), 1),
      send(ref('ch'), 2),
      len('n2'),
      rec((v) => `full ${v['n2']}`),
      go(sender, (v) => ({ ch: v['ch'] })),
      op({ op: 'gosched' }),
      len('n3'),
      rec((v) => `full with a blocked sender ${v['n3']}`),
      recv(ref('ch'), 'x'),
      len('n4'),
      rec((v) => `after a receive ${v['n4']}`),
    ]);
    expect(r.lines).toEqual(['empty 0', 'full 2', 'full with a blocked sender 2', 'after a receive 2']);
  });

  it('is 0 for a nil channel', () => {
    const r = runProgram([op({ op: 'chanLen', ch: 0 }, 'n'), rec((v) => `nil ${v['n']}`)]);
    expect(r.lines).toEqual(['nil 0']);
  });
});
