// Real-Go definitions of the three helpers that GoSched Studio predeclares in
// scenarios (see docs/language.md, "Helper primitives").
// The recorder copies this file next to each case's main.go before `go build`.
package main

import (
	"os"
	"syscall"
	"time"
)

// itersPerMs is how many iterations of spin's loop take one millisecond of CPU.
var itersPerMs int64

// sink keeps the compiler from deleting spin's loop.
var sink uint64

// spin runs n iterations of a call-free loop. It never yields on its own;
// only sysmon's asynchronous preemption (SIGURG) can stop it.
func spin(n int64) {
	x := uint64(n)
	for i := int64(0); i < n; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	sink += x
}

// init calibrates spin once: the fastest of five short trials (~0.1 ms each), so
// that an interrupted trial does not make work() too short. It is kept short
// because main's first time slice, which runnext goroutines inherit, includes it.
func init() {
	const trial = 100_000
	best := time.Hour
	for i := 0; i < 5; i++ {
		start := time.Now()
		spin(trial)
		if d := time.Since(start); d > 0 && d < best {
			best = d
		}
	}
	itersPerMs = int64(trial * float64(time.Millisecond) / float64(best))
}

// work computes for d of CPU time (wall-clock time is longer if preempted).
func work(d time.Duration) {
	spin(itersPerMs * int64(d) / int64(time.Millisecond))
}

// blockingSyscall keeps the calling thread in the kernel for d: a real
// nanosleep(2) through syscall.Syscall, so entersyscall/exitsyscall run and
// sysmon may hand the P to another thread. Restarted after EINTR.
func blockingSyscall(d time.Duration) {
	ts := syscall.NsecToTimespec(int64(d))
	for {
		var left syscall.Timespec
		if err := syscall.Nanosleep(&ts, &left); err != syscall.EINTR {
			return
		}
		ts = left
	}
}

// netRead parks the goroutine on the network poller for d: a read on an
// empty non-blocking pipe that only the read deadline ends.
func netRead(d time.Duration) {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	defer r.Close()
	defer w.Close()
	r.SetReadDeadline(time.Now().Add(d))
	var buf [1]byte
	r.Read(buf[:])
}
