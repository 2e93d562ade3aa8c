package stream

// Fetch returns page number page (0, 1, 2, ...) of a listing, such as one
// page of results from a web API. An empty page means there are no more.
type Fetch func(page int) []string

// Items streams the items of a paginated listing: it returns at once, and a
// goroutine it starts calls fetch for pages 0, 1, 2, ... and sends every item
// of every page, in order, on the returned channel, until a page is empty.
//
// The consumer closes done to say it wants no more items. From then on the
// goroutine fetches no further page and sends nothing more. In every case
// the goroutine closes the returned channel, and ends, when it stops.
func Items(done <-chan struct{}, fetch Fetch) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for page := 0; ; page++ {
			items := fetch(page)
			if len(items) == 0 {
				return
			}
			for _, item := range items {
				select {
				case <-done: // has the consumer stopped?
					return
				default:
				}
				out <- item
			}
		}
	}()
	return out
}
