package emailaddr

import "testing"

func TestNormalize(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{" Alice@Example.COM ", "alice@example.com", true},
		{"Alice <alice@example.com>", "", false},
		{"not an address", "", false},
		{"", "", false},
	} {
		got, err := Normalize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
