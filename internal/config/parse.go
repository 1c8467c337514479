package config

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net"
	netmail "net/mail"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/store"
)

// The parsers below each read one kind of value into one Config field. They see the trimmed value, or
// the default when the variable is unset; "" means unset with no default. Their errors say what is
// wanted; Load adds the variable's name.

// text stores any value.
func text(dst *string) func(string) error {
	return func(v string) error { *dst = v; return nil }
}

// upperText stores an optional value in upper case, min to max bytes long.
func upperText(dst *string, min, max int) func(string) error {
	return func(v string) error {
		v = strings.ToUpper(v)
		if v != "" && (len(v) < min || len(v) > max) {
			return fmt.Errorf("must be %d to %d characters", min, max)
		}
		*dst = v
		return nil
	}
}

// enum stores one of values, compared in lower case.
func enum(dst *string, values ...string) func(string) error {
	return func(v string) error {
		v = strings.ToLower(v)
		if !slices.Contains(values, v) {
			return fmt.Errorf("%q: want %s or %s", v, strings.Join(values[:len(values)-1], ", "), values[len(values)-1])
		}
		*dst = v
		return nil
	}
}

// hostPort stores a listen address.
func hostPort(dst *string) func(string) error {
	return func(v string) error {
		if _, _, err := net.SplitHostPort(v); err != nil {
			return errors.New("want HOST:PORT")
		}
		*dst = v
		return nil
	}
}

// absoluteURL parses v as a URL with one of schemes and a host.
func absoluteURL(v string, schemes ...string) (*url.URL, error) {
	u, err := url.Parse(v)
	if err != nil || !slices.Contains(schemes, u.Scheme) || u.Host == "" {
		return nil, errors.New("not an absolute URL")
	}
	return u, nil
}

// publicURL stores an absolute http(s) URL.
func publicURL(dst **url.URL) func(string) error {
	return func(v string) error {
		u, err := absoluteURL(v, "http", "https")
		if err != nil {
			return errors.New("want an absolute http(s) URL, e.g. https://panic.example.com")
		}
		*dst = u
		return nil
	}
}

// urlText stores an absolute URL with one of schemes as a string; optional lets it be unset.
func urlText(dst *string, optional bool, want string, schemes ...string) func(string) error {
	return func(v string) error {
		if v == "" && optional {
			return nil
		}
		if _, err := absoluteURL(v, schemes...); err != nil {
			return errors.New(want)
		}
		*dst = v
		return nil
	}
}

// databaseURL stores a URL store.Open understands.
func databaseURL(dst *string) func(string) error {
	return func(v string) error {
		if _, _, err := store.ParseURL(v); err != nil {
			return err
		}
		*dst = v
		return nil
	}
}

// origins stores comma-separated browser origins (scheme://host[:port]), normalized.
func origins(dst *[]string) func(string) error {
	return func(v string) error {
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o == "" {
				continue
			}
			u, err := url.Parse(o)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") ||
				u.RawQuery != "" || u.User != nil {
				return fmt.Errorf("%q: want comma-separated origins such as https://admin.example.com", o)
			}
			*dst = append(*dst, u.Scheme+"://"+u.Host)
		}
		return nil
	}
}

// proxies stores comma-separated IP addresses or CIDR ranges, as auth.NewClientIP accepts them.
func proxies(dst *[]string) func(string) error {
	return func(v string) error {
		var list []string
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				list = append(list, p)
			}
		}
		if _, err := auth.NewClientIP(list); err != nil {
			return errors.New("want comma-separated IP addresses or CIDR ranges")
		}
		*dst = list
		return nil
	}
}

// email stores an email address as given, after checking it is one.
func email(dst *string) func(string) error {
	return func(v string) error {
		if _, err := auth.NormalizeEmail(v); err != nil {
			return errors.New("want an email address")
		}
		*dst = v
		return nil
	}
}

// sender stores a mail sender, with or without a display name.
func sender(dst *mail.Address) func(string) error {
	return func(v string) error {
		a, err := netmail.ParseAddress(v)
		if err != nil {
			return errors.New(`want an address such as "Panic Button <no-reply@example.com>"`)
		}
		*dst = mail.Address{Name: a.Name, Email: a.Address}
		return nil
	}
}

// boolean stores true or false (and the other spellings of strconv.ParseBool).
func boolean(dst *bool) func(string) error {
	return func(v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return errors.New("want true or false")
		}
		*dst = b
		return nil
	}
}

// unbounded is integer's max for "no upper bound".
const unbounded = math.MaxInt

// integer stores a whole number from min to max.
func integer[T ~int | ~int64](dst *T, min, max int) func(string) error {
	return func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < min || n > max {
			if max == unbounded {
				return fmt.Errorf("want a whole number of at least %d", min)
			}
			return fmt.Errorf("want a whole number from %d to %d", min, max)
		}
		*dst = T(n)
		return nil
	}
}

// duration stores a duration of at least min; with off, 0 is accepted too (the feature is turned off).
func duration(dst *time.Duration, min string, off bool) func(string) error {
	least, err := time.ParseDuration(min)
	if err != nil {
		panic(err)
	}
	return func(v string) error {
		d, err := time.ParseDuration(v)
		if err != nil || (d < least && !(off && d == 0)) {
			if off {
				return fmt.Errorf("want a duration of at least %s, or 0 to turn it off", min)
			}
			return fmt.Errorf("want a duration of at least %s", min)
		}
		*dst = d
		return nil
	}
}

// secret stores a secret of at least min characters; unset, a random one of min bytes, and generated is set.
func secret(dst *[]byte, generated *bool, min int) func(string) error {
	return func(v string) error {
		if v == "" {
			*dst, *generated = randomBytes(min), true
			return nil
		}
		if len(v) < min {
			return fmt.Errorf("must be at least %d characters", min)
		}
		*dst = []byte(v)
		return nil
	}
}

// password stores a password of at least auth.MinPasswordLength characters; unset, a random one, and
// generated is set.
func password(dst *string, generated *bool) func(string) error {
	return func(v string) error {
		if v == "" {
			*dst, *generated = hex.EncodeToString(randomBytes(8)), true
			return nil
		}
		if len([]rune(v)) < auth.MinPasswordLength {
			return fmt.Errorf("must be at least %d characters", auth.MinPasswordLength)
		}
		*dst = v
		return nil
	}
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return b
}
