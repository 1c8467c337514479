// Package snmptest runs a private net-snmp agent (snmpd) on 127.0.0.1 for tests, simulating a printer
// with `override` lines and a `pass` script whose page counter the test can change while snmpd runs.
package snmptest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gosnmp/gosnmp"
)

// SNMPDPath is where Debian's snmpd package installs the agent.
const SNMPDPath = "/usr/sbin/snmpd"

// Credentials every agent accepts: v1/v2c community Community; SNMPv3 user V3User with SHA auth
// password V3AuthPass and AES privacy password V3PrivPass (authPriv).
const (
	Community  = "public"
	V3User     = "pbuser"
	V3AuthPass = "authpass123"
	V3PrivPass = "privpass123"
)

// LifeCountOID is the instance the pass script serves (prtMarkerLifeCount.1.1, a Counter32).
const LifeCountOID = ".1.3.6.1.2.1.43.10.2.1.4.1.1"

// RequireSNMPD fails the test when snmpd is missing and the environment variable CI is set, and skips
// it with a clear message otherwise.
func RequireSNMPD(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(SNMPDPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing and CI is set: install it (apt-get install -y --no-install-recommends snmpd snmp)", SNMPDPath)
		}
		t.Skipf("%s is not installed; skipping the real-agent test (apt-get install -y --no-install-recommends snmpd snmp)", SNMPDPath)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Agent is a running snmpd.
type Agent struct {
	Port        int    // UDP port on 127.0.0.1
	Dir         string // its private directory (configuration, pid file, persistent state)
	Conf        string // the configuration it was started with
	counterPath string
	log         *syncBuffer
}

// FreeUDPPort returns a UDP port of 127.0.0.1 that nothing listens on at the time of the call.
func FreeUDPPort(t testing.TB) int {
	t.Helper()
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := c.LocalAddr().(*net.UDPAddr).Port
	_ = c.Close()
	return port
}

// BlackHole opens a UDP socket on 127.0.0.1 that reads and never answers (a printer that is off, or a
// firewall dropping SNMP) and returns its port; it is closed when the test ends.
func BlackHole(t testing.TB) int {
	t.Helper()
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	go func() {
		buf := make([]byte, 2048)
		for {
			if _, _, err := c.ReadFrom(buf); err != nil {
				return
			}
		}
	}()
	return c.LocalAddr().(*net.UDPAddr).Port
}

// passScript serves prtMarkerLifeCount.1.1 from a file (net-snmp "pass" protocol: "-g OID" for GET,
// "-n OID" for GETNEXT; the answer is OID, type and value on three lines, nothing when absent).
const passScript = `#!/bin/sh
BASE=.1.3.6.1.2.1.43.10.2.1.4
OID=$BASE.1.1
VAL=$(cat '%s')
case "$1" in
  -g) [ "$2" = "$OID" ] && printf '%%s\ncounter\n%%s\n' "$OID" "$VAL" ;;
  -n) case "$2" in
        "$BASE"|"$BASE".0|"$BASE".0.*|"$BASE".1|"$BASE".1.0|"$BASE".1.0.*) printf '%%s\ncounter\n%%s\n' "$OID" "$VAL" ;;
      esac ;;
esac
exit 0
`

// levelsScript serves prtMarkerSuppliesLevel of supplies 1.1 and 1.2 from the files level-1.1 and level-1.2
// of the agent's directory (the same "pass" protocol), so that a test can make supplies fall or be replaced.
const levelsScript = `#!/bin/sh
BASE=.1.3.6.1.2.1.43.11.1.1.9
out() { printf '%%s\ninteger\n%%s\n' "$BASE.$1" "$(cat '%s'/level-$1)"; }
case "$1" in
  -g) case "$2" in "$BASE.1.1") out 1.1 ;; "$BASE.1.2") out 1.2 ;; esac ;;
  -n) case "$2" in
        "$BASE"|"$BASE".0|"$BASE".0.*|"$BASE".1|"$BASE".1.0|"$BASE".1.0.*) out 1.1 ;;
        "$BASE".1.1|"$BASE".1.1.*) out 1.2 ;;
      esac ;;
esac
exit 0
`

// SuppliesPrinter is a printer (HP enterprise 11, serial SN-SUP-0001) whose two marker supplies' levels a
// test sets with SetSupplyLevel while snmpd runs: 1.1 "Black Toner Cartridge CF410A" (toner, percent unit,
// capacity 100, level 80 at start) and 1.2 "Cyan Toner Cartridge CF411A" (toner, impressions, capacity
// 2300, level 2000 at start).
var SuppliesPrinter = []string{
	"sysname supplies-sim",
	"sysdescr HP Color LaserJet MFP M477fdw",
	"sysobjectid .1.3.6.1.4.1.11.2.3.9.1",
	`override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str "SN-SUP-0001"`,
	`override .1.3.6.1.2.1.25.3.2.1.3.1 octet_str "HP Color LaserJet MFP M477fdw"`,
	"override .1.3.6.1.2.1.25.3.5.1.1.1 integer 3",
	"override .1.3.6.1.2.1.25.3.5.1.2.1 octet_str 0x0000",
	"override .1.3.6.1.2.1.43.11.1.1.4.1.1 integer 3",
	"override .1.3.6.1.2.1.43.11.1.1.5.1.1 integer 3",
	`override .1.3.6.1.2.1.43.11.1.1.6.1.1 octet_str "Black Toner Cartridge CF410A"`,
	"override .1.3.6.1.2.1.43.11.1.1.7.1.1 integer 19",
	"override .1.3.6.1.2.1.43.11.1.1.8.1.1 integer 100",
	"override .1.3.6.1.2.1.43.11.1.1.4.1.2 integer 3",
	"override .1.3.6.1.2.1.43.11.1.1.5.1.2 integer 3",
	`override .1.3.6.1.2.1.43.11.1.1.6.1.2 octet_str "Cyan Toner Cartridge CF411A"`,
	"override .1.3.6.1.2.1.43.11.1.1.7.1.2 integer 7",
	"override .1.3.6.1.2.1.43.11.1.1.8.1.2 integer 2300",
	"pass .1.3.6.1.2.1.43.11.1.1.9 $DIR/levels.sh",
}

// SetSupplyLevel changes prtMarkerSuppliesLevel of supply index ("1.1" or "1.2") of SuppliesPrinter.
func (a *Agent) SetSupplyLevel(t testing.TB, index string, level int) {
	t.Helper()
	path := filepath.Join(a.Dir, "level-"+index)
	if err := os.WriteFile(path+".tmp", []byte(strconv.Itoa(level)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		t.Fatal(err)
	}
}

// BaseConf is the agent part of every configuration: address, persistent directory, the views (the
// system group, Printer-MIB, hrDevice/hrPrinter tables and the enterprise subtrees of the simulated
// vendors — Xerox 253, HP 11, Sharp 2385 — so that the host's own tables stay out of walks), the
// community, the SNMPv3 user and the pass script.
func BaseConf(port int, dir string) []string {
	return []string{
		"agentaddress udp:127.0.0.1:" + strconv.Itoa(port),
		"[snmp] persistentDir " + filepath.Join(dir, "persist"),
		"view printer included .1.3.6.1.2.1.1",
		"view printer included .1.3.6.1.2.1.43",
		"view printer included .1.3.6.1.2.1.25.3",
		"view printer included .1.3.6.1.4.1.253",
		"view printer included .1.3.6.1.4.1.11",
		"view printer included .1.3.6.1.4.1.2385",
		"rocommunity " + Community + " 127.0.0.1 -V printer",
		fmt.Sprintf(`createUser %s SHA "%s" AES "%s"`, V3User, V3AuthPass, V3PrivPass),
		"rouser " + V3User + " priv -V printer",
		"pass .1.3.6.1.2.1.43.10.2.1.4 " + filepath.Join(dir, "counter.sh"),
	}
}

// Start writes BaseConf plus the printer's lines and starts
//
//	MIBS= /usr/sbin/snmpd -f -Lo -C -c DIR/snmpd.conf -p DIR/snmpd.pid
//
// on a free port; it waits until the agent answers and stops it when the test ends. The page counter
// starts at 1000.
func Start(t testing.TB, printer ...string) *Agent {
	t.Helper()
	RequireSNMPD(t)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // the free port may be taken meanwhile
		a, err := tryStart(t, printer)
		if err == nil {
			return a
		}
		lastErr = err
	}
	t.Fatalf("snmpd did not start: %v", lastErr)
	return nil
}

func tryStart(t testing.TB, printer []string) (*Agent, error) {
	dir := t.TempDir()
	a := &Agent{Port: FreeUDPPort(t), Dir: dir, counterPath: filepath.Join(dir, "counter.txt"), log: &syncBuffer{}}
	if err := os.MkdirAll(filepath.Join(dir, "persist"), 0o700); err != nil {
		t.Fatal(err)
	}
	a.SetCounter(t, 1000)
	if err := os.WriteFile(filepath.Join(dir, "counter.sh"), []byte(fmt.Sprintf(passScript, a.counterPath)), 0o755); err != nil { //nolint:gosec // the agent executes it
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "levels.sh"), []byte(fmt.Sprintf(levelsScript, dir)), 0o755); err != nil { //nolint:gosec // the agent executes it
		t.Fatal(err)
	}
	a.SetSupplyLevel(t, "1.1", 80)
	a.SetSupplyLevel(t, "1.2", 2000)
	lines := make([]string, len(printer))
	for i, l := range printer {
		lines[i] = strings.ReplaceAll(l, "$DIR", dir) // SuppliesPrinter's pass script
	}
	a.Conf = strings.Join(append(BaseConf(a.Port, dir), lines...), "\n") + "\n"
	confPath := filepath.Join(dir, "snmpd.conf")
	if err := os.WriteFile(confPath, []byte(a.Conf), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(SNMPDPath, "-f", "-Lo", "-C", "-c", confPath, "-p", filepath.Join(dir, "snmpd.pid"))
	cmd.Env = append(os.Environ(), "MIBS=")
	cmd.Stdout, cmd.Stderr = a.log, a.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	stop := func() {
		_ = cmd.Process.Kill()
		<-exited
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return nil, fmt.Errorf("snmpd exited:\n%s", a.log.String())
		default:
		}
		if a.ping() {
			t.Cleanup(func() {
				stop()
				if t.Failed() {
					t.Logf("snmpd log:\n%s", a.log.String())
				}
			})
			return a, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	return nil, fmt.Errorf("snmpd did not answer within 10s:\n%s", a.log.String())
}

func (a *Agent) ping() bool {
	g := &gosnmp.GoSNMP{Target: "127.0.0.1", Port: uint16(a.Port), Community: Community, Version: gosnmp.Version2c, //nolint:gosec // a port
		Timeout: 200 * time.Millisecond, Retries: 0, Context: context.Background()}
	if err := g.Connect(); err != nil {
		return false
	}
	defer func() { _ = g.Conn.Close() }()
	p, err := g.Get([]string{".1.3.6.1.2.1.1.5.0"})
	return err == nil && len(p.Variables) == 1
}

// SetCounter changes prtMarkerLifeCount.1.1 while the agent runs (the file is replaced atomically).
func (a *Agent) SetCounter(t testing.TB, n int) {
	t.Helper()
	tmp := a.counterPath + ".tmp"
	if err := os.WriteFile(tmp, []byte(strconv.Itoa(n)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, a.counterPath); err != nil {
		t.Fatal(err)
	}
}

// Addr is "127.0.0.1:PORT".
func (a *Agent) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(a.Port)) }

// Log is what snmpd printed so far.
func (a *Agent) Log() string { return a.log.String() }

// XeroxPrinter is a complete simulated printer: a Xerox (sysObjectID under enterprise 253) with serial
// SN-SIM-0001, model "Xerox AltaLink C8045", name printer-sim-01, location "Floor 2, Room 201", a jammed
// error state (0x04 0x80: jammed + inputTrayMissing), two alerts, two console lines, two supplies, the
// Xerox meters black 12345, color 6789, large 10+20, and admin error OIDs XeroxErrorOIDs (the third
// absent on purpose) worth "09-605 Tray 2 jam", 42, -, "Call service". Its total comes from the pass script.
var XeroxPrinter = []string{
	"sysname printer-sim-01",
	"syslocation Floor 2, Room 201",
	"sysdescr Xerox AltaLink C8045 Multifunction Printer",
	"sysobjectid .1.3.6.1.4.1.253.8.62.1.20.4.1",
	`override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str "SN-SIM-0001"`,
	`override .1.3.6.1.2.1.43.5.1.1.16.1 octet_str "Copier 2nd floor"`,
	`override .1.3.6.1.2.1.25.3.2.1.3.1 octet_str "Xerox AltaLink C8045"`,
	"override .1.3.6.1.2.1.25.3.5.1.1.1 integer 1",
	// hrPrinterDetectedErrorState: 0x04 = jammed (bit 5), 0x80 in octet 1 = inputTrayMissing (bit 8)
	"override .1.3.6.1.2.1.25.3.5.1.2.1 octet_str 0x0480",
	// prtAlertTable row 1.1: critical (3), mediaPath (13) #2, jam (8)
	"override .1.3.6.1.2.1.43.18.1.1.2.1.1 integer 3",
	"override .1.3.6.1.2.1.43.18.1.1.4.1.1 integer 13",
	"override .1.3.6.1.2.1.43.18.1.1.5.1.1 integer 2",
	"override .1.3.6.1.2.1.43.18.1.1.7.1.1 integer 8",
	`override .1.3.6.1.2.1.43.18.1.1.8.1.1 octet_str "Paper jam in tray 2"`,
	// row 1.2: warning (4), markerSupplies (11), markerTonerAlmostEmpty (1104), no description
	"override .1.3.6.1.2.1.43.18.1.1.2.1.2 integer 4",
	"override .1.3.6.1.2.1.43.18.1.1.4.1.2 integer 11",
	"override .1.3.6.1.2.1.43.18.1.1.7.1.2 integer 1104",
	// prtConsoleDisplayBufferText
	`override .1.3.6.1.2.1.43.16.5.1.2.1.1 octet_str "Paper jam"`,
	`override .1.3.6.1.2.1.43.16.5.1.2.1.2 octet_str "Open door A"`,
	// prtMarkerSuppliesTable: black toner at 42/100, waste toner "some remaining" (-3)
	"override .1.3.6.1.2.1.43.11.1.1.4.1.1 integer 3",
	"override .1.3.6.1.2.1.43.11.1.1.5.1.1 integer 3",
	`override .1.3.6.1.2.1.43.11.1.1.6.1.1 octet_str "Black Toner Cartridge 106R04053"`,
	"override .1.3.6.1.2.1.43.11.1.1.7.1.1 integer 19",
	"override .1.3.6.1.2.1.43.11.1.1.8.1.1 integer 100",
	"override .1.3.6.1.2.1.43.11.1.1.9.1.1 integer 42",
	"override .1.3.6.1.2.1.43.11.1.1.4.1.2 integer 4",
	"override .1.3.6.1.2.1.43.11.1.1.5.1.2 integer 4",
	`override .1.3.6.1.2.1.43.11.1.1.6.1.2 octet_str "Waste Toner Container"`,
	"override .1.3.6.1.2.1.43.11.1.1.8.1.2 integer -2",
	"override .1.3.6.1.2.1.43.11.1.1.9.1.2 integer -3",
	// XEROX-HOST-RESOURCES-EXT-MIB meters read by the xerox profile
	"override .1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34 integer 12345",
	"override .1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.33 integer 6789",
	"override .1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.43 integer 10",
	"override .1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.44 integer 20",
	// admin error OIDs (OID3 deliberately absent)
	`override .1.3.6.1.4.1.253.8.99.1.0 octet_str "09-605 Tray 2 jam"`,
	"override .1.3.6.1.4.1.253.8.99.2.0 integer 42",
	`override .1.3.6.1.4.1.253.8.99.4.0 octet_str "Call service"`,
}

// XeroxErrorOIDs are the admin OID1..OID4 XeroxPrinter serves (OID3 absent).
var XeroxErrorOIDs = [4]string{"1.3.6.1.4.1.253.8.99.1.0", "1.3.6.1.4.1.253.8.99.2.0", "1.3.6.1.4.1.253.8.99.3.0", "1.3.6.1.4.1.253.8.99.4.0"}

// Walk reads a recorded walk in the snmprec format ("OID|TYPE|VALUE" per line, TYPE the ASN.1 tag in
// decimal as snmpsim and LibreNMS recordings write it: 2 INTEGER, 4 OCTET STRING, 4x OCTET STRING in
// hex, 6 OBJECT IDENTIFIER, 65 Counter32, 66 Gauge32, 67 TimeTicks; blank lines and lines starting
// with # are skipped) and returns it as snmpd configuration lines for Start: sysDescr, sysObjectID,
// sysName, sysLocation and sysContact as their own directives (snmpd serves the system group itself),
// everything else as `override` lines. Only the subtrees of BaseConf's view are answered; a type
// net-snmp's override cannot serve (Counter64, IpAddress, ...) fails the test.
func Walk(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path) //nolint:gosec // a test fixture
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	system := map[string]string{
		"1.3.6.1.2.1.1.1.0": "sysdescr", "1.3.6.1.2.1.1.2.0": "sysobjectid", "1.3.6.1.2.1.1.4.0": "syscontact",
		"1.3.6.1.2.1.1.5.0": "sysname", "1.3.6.1.2.1.1.6.0": "syslocation",
	}
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		if len(parts) != 3 {
			t.Fatalf("%s:%d: not OID|TYPE|VALUE: %q", path, n, line)
		}
		oid, typ, val := strings.TrimPrefix(parts[0], "."), parts[1], parts[2]
		if d, ok := system[oid]; ok {
			if typ == "6" {
				val = "." + strings.TrimPrefix(val, ".")
			}
			out = append(out, d+" "+val)
			continue
		}
		var v string
		switch typ {
		case "2":
			v = "integer " + val
		case "4":
			if strings.ContainsAny(val, "\"\\") {
				t.Fatalf("%s:%d: quotes and backslashes cannot be served; write the value in hex (4x)", path, n)
			}
			v = `octet_str "` + val + `"`
		case "4x":
			v = "octet_str 0x" + val
		case "6":
			v = "object_id ." + strings.TrimPrefix(val, ".")
		case "65":
			v = "counter " + val
		case "66":
			v = "unsigned " + val
		case "67":
			v = "timeticks " + val
		default:
			t.Fatalf("%s:%d: type %s cannot be served by snmpd's override", path, n, typ)
		}
		out = append(out, "override ."+oid+" "+v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
