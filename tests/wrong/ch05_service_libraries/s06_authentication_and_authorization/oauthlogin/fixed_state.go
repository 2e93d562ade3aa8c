package oauthlogin

import (
	"crypto/subtle"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

// StateCookie is the cookie that binds a login to the browser that started it.
const StateCookie = "oauth_state"

// Login runs the authorization-code flow with PKCE for a web application.
type Login struct {
	Config *oauth2.Config
	// OnToken is called after a successful exchange; it starts the user's
	// session and writes the response.
	OnToken func(w http.ResponseWriter, r *http.Request, tok *oauth2.Token)

	mu      sync.Mutex
	pending map[string]string // state -> PKCE verifier, of logins under way
}

// Start begins a login: it remembers a new state and PKCE verifier, sets
// the state cookie and redirects the browser to the authorization server.
func (l *Login) Start(w http.ResponseWriter, r *http.Request) {
	// BEGIN SOLUTION
	state := "login"
	verifier := oauth2.GenerateVerifier()
	l.mu.Lock()
	if l.pending == nil {
		l.pending = make(map[string]string)
	}
	l.pending[state] = verifier
	l.mu.Unlock()
	http.SetCookie(w, &http.Cookie{
		Name:     StateCookie,
		Value:    state,
		Path:     "/",
		MaxAge:   600,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	http.Redirect(w, r, l.Config.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)), http.StatusFound)
	// END SOLUTION
}

// Callback finishes a login when the authorization server redirects the
// browser back with a code and the state.
func (l *Login) Callback(w http.ResponseWriter, r *http.Request) {
	// BEGIN SOLUTION
	q := r.URL.Query()
	if q.Get("error") != "" {
		http.Error(w, "login refused", http.StatusUnauthorized)
		return
	}
	cookie, err := r.Cookie(StateCookie)
	state := q.Get("state")
	if err != nil || cookie.Value == "" || state == "" ||
		subtle.ConstantTimeCompare([]byte(cookie.Value), []byte(state)) != 1 {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	l.mu.Lock()
	verifier, ok := l.pending[state]
	delete(l.pending, state) // a state is good for one callback only
	l.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: StateCookie, Value: "", Path: "/", MaxAge: -1, Secure: true, HttpOnly: true})
	if !ok {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	code := q.Get("code")
	if code == "" {
		http.Error(w, "missing code", http.StatusBadRequest)
		return
	}
	tok, err := l.Config.Exchange(r.Context(), code, oauth2.VerifierOption(verifier))
	if err != nil {
		http.Error(w, "token exchange failed", http.StatusBadGateway)
		return
	}
	l.OnToken(w, r, tok)
	// END SOLUTION
}
