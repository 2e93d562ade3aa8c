package httpstatus

// Class returns the class of an HTTP status code: "informational" (100-199),
// "success" (200-299), "redirection" (300-399), "client error" (400-499),
// "server error" (500-599), or "invalid" for any other number.
func Class(code int) string {
	switch {
	case code < 100 || code > 599:
		return "invalid"
	case code < 200:
		return "informational"
	case code < 300:
		return "success"
	case code < 400:
		return "redirection"
	case code < 500:
		return "client error"
	default:
		return "server error"
	}
}

// Retryable reports whether a client may send a request with this method
// again after a response with this status code: always after 408, 429 and
// 503, and after 500, 502 and 504 only when the method is idempotent.
func Retryable(method string, code int) bool {
	switch {
	case code == 408 || code == 429 || code == 503:
		return true
	case code >= 500 && code <= 599:
		switch method {
		case "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE":
			return true
		}
	}
	return false
}
