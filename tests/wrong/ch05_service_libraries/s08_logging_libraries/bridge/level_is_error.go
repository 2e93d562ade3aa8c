package bridge

import (
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
	// LevelIs matches exactly these levels: ERROR+4 (a "critical" level) is
	// not paged.
	h := slogmulti.Router().
		Add(zapslog.NewHandler(core)).
		Add(alerts, slogmulti.LevelIs(slog.LevelError)).
		Handler()
	return slog.New(h), buffered.Stop
}
