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
	// Every entry is a write to w: no buffer.
	core := zapcore.NewCore(zapcore.NewJSONEncoder(enc), zapcore.AddSync(w), zapcore.InfoLevel)
	atLeastError := func(_ context.Context, r slog.Record) bool { return r.Level >= slog.LevelError }
	h := slogmulti.Router().
		Add(zapslog.NewHandler(core)).
		Add(alerts, atLeastError).
		Handler()
	return slog.New(h), core.Sync
}
