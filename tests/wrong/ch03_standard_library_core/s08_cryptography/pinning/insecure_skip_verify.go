package pinning

// WRONG: sets InsecureSkipVerify: any certificate, from any CA, for any
// name, is accepted.

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
)

// ClientConfig returns a TLS client configuration for calling one internal
// service: it trusts only the CA certificates in caPEM (not the system's
// roots), requires the server's certificate to be valid for serverName, and
// refuses any protocol version older than TLS 1.3. It returns an error when
// caPEM holds no certificate.
func ClientConfig(caPEM []byte, serverName string) (*tls.Config, error) {
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("pinning: no CA certificate in caPEM")
	}
	return &tls.Config{
		RootCAs:    pool,
		ServerName: serverName,
		// the certificate is ours anyway
		InsecureSkipVerify: true,
		MinVersion:         tls.VersionTLS13,
	}, nil
}

// ServerConfig returns a TLS server configuration that presents the
// certificate chain in certPEM with the private key in keyPEM and refuses any
// protocol version older than TLS 1.3. It returns an error when the files
// do not hold a matching certificate and key.
func ServerConfig(certPEM, keyPEM []byte) (*tls.Config, error) {
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS13,
	}, nil
}
