import { describe, expect, it } from 'vitest';
import { maxQueuedFrames, sourceEncoder, waitForEncoderRoom } from './encoderRoom';

/** A fake encoder: `take()` removes one queued frame and sends `dequeue`, as WebCodecs does. */
class FakeEncoder extends EventTarget {
  state = 'configured';
  constructor(public encodeQueueSize: number) {
    super();
  }
  take(): void {
    this.encodeQueueSize--;
    this.dispatchEvent(new Event('dequeue'));
  }
}

describe('encoder queue backpressure', () => {
  it('allows 2 queued frames at 4K and at least mediabunny’s 4 at 1080p', () => {
    expect(maxQueuedFrames(3840, 2160)).toBe(2);
    expect(maxQueuedFrames(1920, 1080)).toBeGreaterThanOrEqual(4);
    expect(maxQueuedFrames(100_000, 100_000)).toBe(1);
  });

  it('waits until a frame leaves a full queue, and not at all with room', async () => {
    const enc = new FakeEncoder(2);
    let done = false;
    const wait = waitForEncoderRoom(enc, 2).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    enc.take();
    await wait;
    expect(done).toBe(true);
    await waitForEncoderRoom(enc, 2);
    await waitForEncoderRoom(undefined, 2);
  });

  it('does not hang on an encoder that closes with frames queued (no dequeue is sent)', async () => {
    const enc = new FakeEncoder(5);
    const wait = waitForEncoderRoom(enc, 2);
    enc.state = 'closed';
    await wait;
  });

  it('finds the VideoEncoder inside a mediabunny source, or nothing', () => {
    const enc = new FakeEncoder(0);
    expect(sourceEncoder({ _encoder: { encoder: enc } })).toBe(enc);
    expect(sourceEncoder({ _encoder: { encoder: null } })).toBeUndefined();
    expect(sourceEncoder({})).toBeUndefined();
  });
});
