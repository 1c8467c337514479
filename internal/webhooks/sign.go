package webhooks

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

// SecretPrefix starts every signing secret (the Standard Webhooks form: whsec_ and the base64 of the key).
const SecretPrefix = "whsec_"

// secretBytes is the signing key's size (the specification asks for 24 to 64 bytes).
const secretBytes = 32

// NewSecret is a fresh signing secret: whsec_ and the standard base64 of 32 random bytes.
func NewSecret() string {
	b := make([]byte, secretBytes)
	_, _ = rand.Read(b)
	return SecretPrefix + base64.StdEncoding.EncodeToString(b)
}

// Sign returns the headers of one attempt: webhook-id, webhook-timestamp and webhook-signature, which carries
// one "v1,<base64 HMAC-SHA256 of id.timestamp.body>" per secret, space-separated (two during a rotation's
// overlap, so a receiver verifying with either secret accepts it). The signatures are made by the Standard
// Webhooks reference library.
func Sign(id string, at time.Time, body []byte, secrets ...string) (http.Header, error) {
	sigs := make([]string, 0, len(secrets))
	for _, s := range secrets {
		if s == "" {
			continue
		}
		wh, err := standardwebhooks.NewWebhook(s)
		if err != nil {
			return nil, fmt.Errorf("webhook secret: %w", err)
		}
		sig, err := wh.Sign(id, at, body)
		if err != nil {
			return nil, fmt.Errorf("sign webhook: %w", err)
		}
		sigs = append(sigs, sig)
	}
	if len(sigs) == 0 {
		return nil, fmt.Errorf("sign webhook: no secret")
	}
	h := http.Header{}
	h.Set(standardwebhooks.HeaderWebhookID, id)
	h.Set(standardwebhooks.HeaderWebhookTimestamp, strconv.FormatInt(at.Unix(), 10))
	h.Set(standardwebhooks.HeaderWebhookSignature, strings.Join(sigs, " "))
	return h, nil
}
