package session

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// CookieName is the name of the session cookie.
const CookieName = "session"

// Manager keeps the sessions of logged-in users and the cookies that name them.
type Manager struct {
	TTL   time.Duration    // how long a session lasts after login
	Now   func() time.Time // the clock; tests replace it
	NewID func() string    // makes a new session id; tests replace it

	mu       sync.Mutex
	sessions map[string]session // by session id
}

type session struct {
	user    string
	expires time.Time
}

// NewManager returns a Manager with the real clock and random session ids.
func NewManager(ttl time.Duration) *Manager {
	return &Manager{TTL: ttl, Now: time.Now, NewID: rand.Text, sessions: map[string]session{}}
}

// Login handles POST /login with the form field user: it starts a session
// and sets the session cookie.
func (m *Manager) Login(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	if user == "" {
		http.Error(w, "missing user", http.StatusBadRequest)
		return
	}
	now := m.Now()
	id := m.NewID()
	expires := now.Add(m.TTL)
	m.mu.Lock()
	m.sessions[id] = session{user: user, expires: expires}
	m.mu.Unlock()
	http.SetCookie(w, &http.Cookie{
		Name:     CookieName,
		Value:    id,
		Path:     "/",
		Expires:  expires,
		MaxAge:   int(m.TTL / time.Second),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
	w.WriteHeader(http.StatusNoContent)
}

// WhoAmI handles GET /whoami: it answers the user name of a valid session,
// or 401.
func (m *Manager) WhoAmI(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(CookieName)
	if err != nil {
		http.Error(w, "not logged in", http.StatusUnauthorized)
		return
	}
	now := m.Now()
	m.mu.Lock()
	s, ok := m.sessions[c.Value]
	if ok && !now.Before(s.expires) {
		delete(m.sessions, c.Value)
		ok = false
	}
	m.mu.Unlock()
	if !ok {
		http.Error(w, "not logged in", http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprint(w, s.user)
}

// Logout handles POST /logout: it ends the session and deletes the cookie.
func (m *Manager) Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	w.WriteHeader(http.StatusNoContent)
}
