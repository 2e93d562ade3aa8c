package config

// Port returns the "port" setting of cfg, a JSON object decoded by
// encoding/json into a map[string]any, where every JSON number is a float64.
// ok is false, and the port 0, when the key is missing, the value is null or
// not a number, is not a whole number, or is outside 1..65535.
func Port(cfg map[string]any) (int, bool) {
	f, ok := cfg["port"].(float64) // a missing key gives a nil any: ok is false
	port := int(f)
	if !ok || port < 1 || port > 65535 {
		return 0, false
	}
	return port, true
}

// Hosts returns the "hosts" setting of cfg: a JSON array of strings, which
// encoding/json decodes to []any. ok is false, and the slice nil, when the key
// is missing, the value is not an array, or an element is not a string.
// An empty array gives an empty, non-nil slice and ok true.
func Hosts(cfg map[string]any) ([]string, bool) {
	items, ok := cfg["hosts"].([]any)
	if !ok {
		return nil, false
	}
	hosts := make([]string, 0, len(items))
	for _, item := range items {
		host, ok := item.(string)
		if !ok {
			return nil, false
		}
		hosts = append(hosts, host)
	}
	return hosts, true
}
