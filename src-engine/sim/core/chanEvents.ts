/**
 * Channel lifecycle and buffer events (`chan.make`, `chan.buf`, `chan.close`): the log carries every change of
 * a channel's buffer fill so that the stage can draw buffer slots truthfully after any seek.
 *
 * @remarks
 * Each event names the channel in `to` (`ch3`) and carries a number in `arg`: the capacity for `chan.make`,
 * the new buffer length for `chan.buf` and `chan.close`. `g` is the goroutine whose operation made the change
 * (absent for a timer's send, which runs on whatever M runs the timers).
 */
import { AT_NONE } from '../log/EventLog';
import type { Chan } from '../state/types';
import { name, nameCache, NO_NAME, type Name } from './names';
import type { Rt } from './Rt';

const K_CHAN_BUF = name('chan.buf');
/** {@link chanName} as a cached {@link Name} (buffer events are on the hot path). */
const chanNameN = nameCache(chanName);

/** The location-style name of channel `id` in events and views (`ch3`). */
export function chanName(id: number): string {
  return `ch${id}`;
}

/** `makechan` (or `time.NewTimer`'s channel): a channel with `c.cap` slots exists from now on. */
export function emitChanMake(rt: Rt, g: number, c: Chan): void {
  rt.emitStr(
    'chan.make',
    g,
    -1,
    -1,
    null,
    chanName(c.id),
    c.isTimer ? 'timer channel (capacity 1)' : `make(chan, ${c.cap})`,
    c.isTimer ? 'time.NewTimer' : 'runtime.makechan',
    AT_NONE,
    c.cap,
  );
}

/** The buffer of `c` changed length (a value went in or came out). */
export function emitChanBuf(rt: Rt, g: number, c: Chan, fn: Name, reason: Name): void {
  rt.emit(K_CHAN_BUF, g, -1, -1, NO_NAME, chanNameN(c.id), reason, fn, AT_NONE, c.buf.length);
}

/** `closechan`: `c` is closed (its buffered values can still be received). */
export function emitChanClose(rt: Rt, g: number, c: Chan): void {
  rt.emitStr(
    'chan.close',
    g,
    -1,
    -1,
    null,
    chanName(c.id),
    'channel closed',
    'runtime.closechan',
    AT_NONE,
    c.buf.length,
  );
}
