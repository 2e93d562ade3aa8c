package fiberapi

import (
	"bytes"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// NewApp returns the events API: POST /events/:topic?key=K queues the body
// as an event, GET /events/:topic lists the queued events of a topic.
func NewApp(q *Queue) *fiber.App {
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Post("/events/:topic", func(c *fiber.Ctx) error {
		key := c.Query("key")
		if key == "" {
			return fiber.NewError(fiber.StatusBadRequest, "missing key")
		}
		if len(c.Body()) == 0 {
			return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "empty payload"})
		}
		// The event outlives the handler: copy every value taken from c.
		n := q.Push(Event{
			Topic:   strings.Clone(c.Params("topic")),
			Key:     strings.Clone(key),
			Payload: bytes.Clone(c.Body()),
		})
		return c.JSON(fiber.Map{"queued": n})
	})
	app.Get("/events/:topic", func(c *fiber.Ctx) error {
		type entry struct {
			Key     string `json:"key"`
			Payload string `json:"payload"`
		}
		list := []entry{}
		for _, e := range q.Events() {
			if e.Topic == c.Params("topic") {
				list = append(list, entry{e.Key, string(e.Payload)})
			}
		}
		return c.JSON(list)
	})
	return app
}
