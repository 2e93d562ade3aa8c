package pubsub

// Broker has no mutex: its maps are read and written by several goroutines
// at once (a data race).
//
// Broker delivers messages published on a topic to that topic's
// subscribers. A subscriber that falls behind is disconnected.
type Broker struct {
	topics map[string]map[chan string]struct{} // topic -> its subscribers' channels
	closed bool
}

// NewBroker returns an open broker with no subscribers.
func NewBroker() *Broker {
	return &Broker{topics: make(map[string]map[chan string]struct{})}
}

// Subscribe registers a subscriber to topic, whose channel buffers up to
// buffer messages, and returns its channel and a function that unsubscribes
// it. Unsubscribing removes the subscriber and closes its channel; calling
// the function again, after the subscriber was disconnected, or after Close,
// does nothing. After Close, Subscribe returns a closed channel.
func (b *Broker) Subscribe(topic string, buffer int) (<-chan string, func()) {
	ch := make(chan string, buffer)
	if b.closed {
		close(ch)
		return ch, func() {}
	}
	if b.topics[topic] == nil {
		b.topics[topic] = make(map[chan string]struct{})
	}
	b.topics[topic][ch] = struct{}{}
	unsubscribe := func() {
		b.remove(topic, ch)
	}
	return ch, unsubscribe
}

// Publish sends msg to every subscriber of topic without ever waiting. A
// subscriber whose buffer is full is disconnected instead: removed from the
// broker, with its channel closed. Publish returns the number of subscribers
// that received msg; after Close it returns 0.
func (b *Broker) Publish(topic, msg string) int {
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
	b.closed = true
	for topic, subs := range b.topics {
		for ch := range subs {
			b.remove(topic, ch)
		}
	}
}

// remove closes ch and forgets it, if it is still a subscriber of topic.
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
