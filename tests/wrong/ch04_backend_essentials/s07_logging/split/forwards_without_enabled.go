package split

import (
	"context"
	"errors"
	"log/slog"
)

// Handler sends records to two handlers: every record to all, and the
// records at or above a threshold level also to alerts. Each of the two
// still applies its own minimum level.
type Handler struct {
	all, alerts slog.Handler
	threshold   slog.Leveler
}

// New returns a Handler over all and alerts. A nil threshold means
// slog.LevelError. The threshold is read at every record, so a
// *slog.LevelVar can change it while the program runs.
func New(all, alerts slog.Handler, threshold slog.Leveler) *Handler {
	if threshold == nil {
		threshold = slog.LevelError
	}
	return &Handler{all: all, alerts: alerts, threshold: threshold}
}

// toAlerts reports whether a record of this level goes to the alerts handler.
func (h *Handler) toAlerts(ctx context.Context, level slog.Level) bool {
	return level >= h.threshold.Level() && h.alerts.Enabled(ctx, level)
}

// Enabled reports whether at least one of the two handlers takes records of
// this level.
func (h *Handler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.all.Enabled(ctx, level) || h.toAlerts(ctx, level)
}

// Handle passes r to each handler that takes it, and returns the errors of
// both joined (a failing handler does not stop the other one).
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	var errs []error
	{
		// Each handler gets its own clone: one that adds attributes to its
		// record must not write into the other's.
		errs = append(errs, h.all.Handle(ctx, r.Clone()))
	}
	if r.Level >= h.threshold.Level() {
		errs = append(errs, h.alerts.Handle(ctx, r.Clone()))
	}
	return errors.Join(errs...)
}

// WithAttrs returns a Handler whose two handlers both have the attributes.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &Handler{all: h.all.WithAttrs(attrs), alerts: h.alerts.WithAttrs(attrs), threshold: h.threshold}
}

// WithGroup returns a Handler whose two handlers both open the group.
func (h *Handler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return &Handler{all: h.all.WithGroup(name), alerts: h.alerts.WithGroup(name), threshold: h.threshold}
}
