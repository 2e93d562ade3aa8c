package tracejob

// Wrong solution: defers trace.Stop before checking Start's error, so it stops a trace someone else started.

import (
	"context"
	"fmt"
	"io"
	"runtime/trace"
)

// Step is one named step of a job.
type Step struct {
	Name string
	Run  func(ctx context.Context) error
}

// Record runs the steps of a job one after the other while it records an
// execution trace to w: a task named job around the whole run, a region
// named after each step around that step, and, when a step fails, a log
// event of category "error" with the message "<step name>: <error>". It stops
// at the first failing step and returns its error wrapped as
// "step <name>: <error>". Tracing is stopped when Record returns, even when
// a step panics. When a trace is being recorded already, Record runs nothing
// and returns an error, leaving the other trace alone.
func Record(ctx context.Context, w io.Writer, job string, steps []Step) error {
	defer trace.Stop()
	if err := trace.Start(w); err != nil {
		return fmt.Errorf("tracing job %s: %w", job, err)
	}
	ctx, task := trace.NewTask(ctx, job)
	defer task.End() // deferred after Stop, so it runs before it
	for _, step := range steps {
		var err error
		trace.WithRegion(ctx, step.Name, func() { err = step.Run(ctx) })
		if err != nil {
			trace.Log(ctx, "error", step.Name+": "+err.Error())
			return fmt.Errorf("step %s: %w", step.Name, err)
		}
	}
	return nil
}
