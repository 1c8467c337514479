package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A server killed (kill -9) while the file provider was writing leaves its temp file behind; the next start
// removes such leftovers from EMAIL_DIR and keeps the messages.
func TestFileMail_TempFilesOfAKilledServerAreRemovedAtStart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mail")
	if err := os.MkdirAll(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	leftover := filepath.Join(dir, ".tmp-1234567890")
	kept := filepath.Join(dir, "20260101T000000.000000000Z-1.eml")
	for _, f := range []string{leftover, kept} {
		if err := os.WriteFile(f, nil, 0o640); err != nil {
			t.Fatal(err)
		}
	}
	startApp(t, map[string]string{"EMAIL_DIR": dir})
	if _, err := os.Stat(leftover); !os.IsNotExist(err) {
		t.Fatalf("temp file of a killed write still in the mail folder (stat: %v)", err)
	}
	if _, err := os.Stat(kept); err != nil {
		t.Fatalf("a delivered message was removed: %v", err)
	}
}
