/**
 * A Cond over an RWMutex's RLocker under the historical models: Wait RUnlocks `L` (so a waiting writer gets in)
 * and the woken reader RLocks it again, as sync/cond.go does through its Locker.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../catalog';
import { runModel } from '../testing/runModel';

const SRC = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	ready := false
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.L.Lock()
			for !ready {
				c.Wait()
			}
			c.L.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	rw.Lock()
	ready = true
	rw.Unlock()
	c.Broadcast()
	wg.Wait()
	fmt.Println("all readers woke")
}
`;

describe('sync.(*Cond).Wait through an RLocker under the historical models', () => {
  it.each(MODEL_IDS.filter((m) => m !== 'go'))(
    '%s: Wait RUnlocks L, the writer gets in, readers wake',
    (id) => {
      const r = runModel(
        SRC,
        id,
        { cores: 2, ...(id === 'thread-pool' ? { modelSettings: { poolWorkers: 8 } } : {}) },
        500_000,
      );
      expect(r.run.exit?.code, `${id}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe('all readers woke\n');
    },
  );
});
