package bridge

import (
	"context"
	"io"
	"log/slog"

	slogmulti "github.com/samber/slog-multi"
	"go.uber.org/zap"
	"go.uber.org/zap/exp/zapslog"
	"go.uber.org/zap/zapcore"
)

// New returns the service's logger, a slog.Logger written by zap, and a
// function that flushes it. Records at Info and above are written to w as
// JSON lines, through a buffer; records at Error and above also go to alerts.
func New(w io.Writer, alerts slog.Handler) (*slog.Logger, func() error) {
	enc := zap.NewProductionEncoderConfig()
	enc.TimeKey = ""
	enc.StacktraceKey = ""
	buffered := &zapcore.BufferedWriteSyncer{WS: zapcore.AddSync(w)}
	core := zapcore.NewCore(zapcore.NewJSONEncoder(enc), buffered, zapcore.InfoLevel)
	atLeastError := func(_ context.Context, r slog.Record) bool { return r.Level >= slog.LevelError }
	h := slogmulti.Router().
		Add(zapslog.NewHandler(core)).
		Add(alerts, atLeastError).
		Handler()
	// Sync writes the buffer out, but the syncer's flushing goroutine runs
	// on: only Stop ends it.
	return slog.New(h), zap.New(core).Sync
}
