package waitsig

import (
	"context"
	"errors"
	"os"
	"os/signal"
)

// ErrNoSignals is returned by Wait when it is given no signals to wait for.
var ErrNoSignals = errors.New("waitsig: no signals to wait for")

// Wait blocks until one of sigs arrives, and returns it. It returns nil and
// context.Cause(ctx) if ctx is done first. ready, when not nil, is called
// once the signals are being caught, before Wait starts waiting. Before
// returning, Wait stops catching the signals.
func Wait(ctx context.Context, ready func(), sigs ...os.Signal) (os.Signal, error) {
	if len(sigs) == 0 {
		return nil, ErrNoSignals
	}
	ch := make(chan os.Signal, 1)
	if ready != nil {
		ready()
	}
	signal.Notify(ch, sigs...)
	defer signal.Stop(ch)
	select {
	case s := <-ch:
		return s, nil
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}
