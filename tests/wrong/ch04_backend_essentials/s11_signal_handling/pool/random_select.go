package pool

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Run starts workers goroutines (at least one) that take jobs from the
// channel and call do for each, until the channel is closed or ctx is done.
// Once ctx is done no job is started; jobs already started run to the end.
// Run returns when every worker has stopped, with the number of jobs done.
func Run(ctx context.Context, jobs <-chan string, workers int, do func(job string)) int {
	var done atomic.Int64
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for {
				select {
				case <-ctx.Done():
					return
				case job, ok := <-jobs:
					if !ok {
						return
					}
					do(job)
					done.Add(1)
				}
			}
		})
	}
	wg.Wait()
	return int(done.Load())
}

// work is what a job does (given): a job is a line "NAME DURATION", such
// as "resize 300ms"; it takes that long.
func work(job string) {
	name, took, _ := strings.Cut(job, " ")
	d, _ := time.ParseDuration(took)
	fmt.Println("start", name)
	time.Sleep(d)
	fmt.Println("done", name)
}

// Main runs the jobs read from standard input, one per line, with $WORKERS
// workers, until the input ends or SIGINT or SIGTERM arrives.
func Main() int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)

	workers := 2
	if v := os.Getenv("WORKERS"); v != "" {
		workers, _ = strconv.Atoi(v)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got atomic.Value // the signal, if one came
	go func() {
		select {
		case s := <-sigs:
			got.Store(s)
			cancel()
		case <-ctx.Done():
		}
	}()

	jobs := make(chan string)
	go func() {
		defer close(jobs)
		lines := bufio.NewScanner(os.Stdin)
		for lines.Scan() {
			select {
			case jobs <- lines.Text():
			case <-ctx.Done():
				return
			}
		}
	}()

	n := Run(ctx, jobs, workers, work)
	cancel() // the signal goroutine is done; got is set or never will be
	if s, ok := got.Load().(os.Signal); ok {
		fmt.Printf("interrupted after %d jobs\n", n)
		return 128 + int(s.(syscall.Signal))
	}
	fmt.Printf("finished %d jobs\n", n)
	return 0
}
