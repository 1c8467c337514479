package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/snmp"
)

// snmpUsage is printed for usage errors and -h.
const snmpUsage = `usage: panicbutton snmp collect --target HOST[:PORT] [--target ...] [options]

Reads printers over SNMP and prints what the printer app would send to the cloud (the
PrinterInfoInput shape: serial, model, name, location, ip, counters, errors).

Targets: HOST, HOST:PORT, [IPv6]:PORT or a CIDR prefix (10.0.0.0/24); --target may be repeated.

Options:
  --community C          v1/v2c community (default "public")
  --version 1|2c|3       SNMP version (default 2c)
  --v3-user U            SNMPv3 user
  --v3-auth-proto P      MD5, SHA, SHA224, SHA256, SHA384, SHA512 (default SHA)
  --v3-auth-pass P       SNMPv3 authentication password (8+ characters)
  --v3-priv-proto P      DES, AES, AES192, AES256, AES192C, AES256C (default AES)
  --v3-priv-pass P       SNMPv3 privacy password (8+ characters)
  --v3-sec-level L       noAuthNoPriv, authNoPriv or authPriv (default: from the passwords given)
  --timeout D            time allowed per request, e.g. 2s or 500ms; a bare number is seconds (default 2s)
  --retries N            retries per request (default 1)
  --profile NAME         force a vendor profile: %s
  --oid1 .. --oid4 OID   the panic button's error OIDs; their values become errors[0..3]
  --concurrency N        printers read in parallel (default 16)
  --json                 print JSON: one object for one target, an array for several
  --full                 with --json, print the full reading (alerts, conditions, supplies, profile, ...)

Exit status: 0 when every printer was read, 1 when one could not be read, 2 on a usage error.
`

// runSNMP implements "panicbutton snmp ...". args are the words after "snmp" (a leading "snmp" is
// accepted too). It returns the process exit code.
func runSNMP(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "snmp" {
		args = args[1:]
	}
	usage := func() { fmt.Fprintf(stderr, snmpUsage, strings.Join(snmp.ProfileNames(), ", ")) }
	if len(args) == 0 {
		fmt.Fprintln(stderr, "panicbutton snmp: missing command (collect)")
		usage()
		return 2
	}
	switch args[0] {
	case "collect":
		return runSNMPCollect(ctx, args[1:], stdout, stderr, usage)
	case "-h", "-help", "--help", "help":
		usage()
		return 0
	}
	fmt.Fprintf(stderr, "panicbutton snmp: unknown command %q (want collect)\n", args[0])
	usage()
	return 2
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*s = append(*s, part)
		}
	}
	return nil
}

// secondsOrDuration accepts "2s", "500ms" or a bare number of seconds.
type secondsOrDuration struct{ d *time.Duration }

func (s secondsOrDuration) String() string {
	if s.d == nil {
		return ""
	}
	return s.d.String()
}

func (s secondsOrDuration) Set(v string) error {
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		*s.d = time.Duration(f * float64(time.Second))
	} else {
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("not a duration like 2s or 500ms")
		}
		*s.d = d
	}
	if *s.d <= 0 {
		return fmt.Errorf("must be positive")
	}
	return nil
}

// snmpFlags are the printer-reading flags shared by "snmp collect" and "agent".
type snmpFlags struct {
	targets     stringList
	base        snmp.Target
	version     string
	secLevel    string
	oids        [4]string
	concurrency int
}

func (f *snmpFlags) register(fs *flag.FlagSet) {
	f.base = snmp.Target{Timeout: snmp.DefaultTimeout}
	fs.Var(&f.targets, "target", "printer address (repeatable)")
	fs.StringVar(&f.base.Community, "community", snmp.DefaultCommunity, "")
	fs.StringVar(&f.version, "version", "2c", "")
	fs.StringVar(&f.base.V3User, "v3-user", "", "")
	fs.StringVar(&f.base.V3AuthProto, "v3-auth-proto", "SHA", "")
	fs.StringVar(&f.base.V3AuthPass, "v3-auth-pass", "", "")
	fs.StringVar(&f.base.V3PrivProto, "v3-priv-proto", "AES", "")
	fs.StringVar(&f.base.V3PrivPass, "v3-priv-pass", "", "")
	fs.StringVar(&f.secLevel, "v3-sec-level", "", "")
	fs.Var(secondsOrDuration{&f.base.Timeout}, "timeout", "")
	fs.IntVar(&f.base.Retries, "retries", snmp.DefaultRetries, "")
	fs.StringVar(&f.base.ProfileOverride, "profile", "", "")
	for i := range f.oids {
		fs.StringVar(&f.oids[i], fmt.Sprintf("oid%d", i+1), "", "")
	}
	fs.IntVar(&f.concurrency, "concurrency", snmp.DefaultConcurrency, "")
}

// expand turns one --target (host, host:port or CIDR) into validated targets; the error is a usage message.
func (f *snmpFlags) expand(spec string) ([]snmp.Target, error) {
	base := f.base
	base.Version = snmp.Version(f.version)
	base.V3SecLevel = snmp.SecurityLevel(f.secLevel)
	base.ErrorOIDs = f.oids
	ts, err := snmp.TargetsFor(base, spec)
	if err != nil {
		return nil, err
	}
	for _, t := range ts {
		if err := t.Validate(); err != nil {
			var se *snmp.Error
			if errors.As(err, &se) {
				return nil, errors.New(se.Detail)
			}
			return nil, err
		}
	}
	return ts, nil
}

func runSNMPCollect(ctx context.Context, args []string, stdout, stderr io.Writer, usage func()) int {
	fs := flag.NewFlagSet("panicbutton snmp collect", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, with our usage text
	var (
		sf     snmpFlags
		asJSON bool
		full   bool
	)
	sf.register(fs)
	fs.BoolVar(&asJSON, "json", false, "")
	fs.BoolVar(&full, "full", false, "")

	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "panicbutton snmp collect: "+format+"\n", a...)
		usage()
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return 0
		}
		return usageErr("%v", err)
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q (give printers with --target)", fs.Arg(0))
	}
	if len(sf.targets) == 0 {
		return usageErr("at least one --target is required")
	}
	if sf.concurrency < 1 {
		return usageErr("--concurrency must be at least 1")
	}
	if full && !asJSON {
		return usageErr("--full needs --json")
	}
	var list []snmp.Target
	for _, spec := range sf.targets {
		ts, err := sf.expand(spec)
		if err != nil {
			return usageErr("%v", err)
		}
		list = append(list, ts...)
	}

	results := snmp.CollectMany(ctx, list, sf.concurrency)
	failed := 0
	var readings []*snmp.Reading
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Fprintf(stderr, "panicbutton snmp collect: %v\n", r.Err)
			continue
		}
		readings = append(readings, r.Reading)
	}

	switch {
	case asJSON:
		var v any
		if full {
			v = readings
		} else {
			infos := make([]snmp.PrinterInfo, len(readings))
			for i, r := range readings {
				infos[i] = r.PrinterInfo()
			}
			v = infos
		}
		if len(list) == 1 {
			if len(readings) == 0 {
				return 1 // the error is already on stderr; nothing valid to print
			}
			if full {
				v = readings[0]
			} else {
				v = readings[0].PrinterInfo()
			}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			fmt.Fprintf(stderr, "panicbutton snmp collect: %v\n", err)
			return 1
		}
	default:
		for i, r := range readings {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			printReading(stdout, r)
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// printReading writes a reading for a person.
func printReading(w io.Writer, r *snmp.Reading) {
	info := r.PrinterInfo()
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %-10s %s\n", k, v)
		}
	}
	profile := r.Profile
	if r.ProfileWhy != "" {
		profile += " (" + r.ProfileWhy + ")"
	}
	fmt.Fprintf(w, "%s\n", r.Target)
	line("serial", info.Serial)
	line("model", info.Model)
	line("name", info.Name)
	line("location", info.Location)
	line("ip", info.IP)
	line("profile", profile)
	status := r.StatusName
	if len(r.Conditions) > 0 {
		conds := make([]string, len(r.Conditions))
		for i, c := range r.Conditions {
			conds[i] = string(c)
		}
		status = strings.TrimSpace(status + "; " + strings.Join(conds, ", "))
	}
	line("status", status)
	var counters []string
	for _, c := range []struct {
		name string
		v    *int64
	}{{"total", r.Counters.Total}, {"black", r.Counters.Black}, {"color", r.Counters.Color}, {"large", r.Counters.Large}} {
		if c.v != nil {
			counters = append(counters, fmt.Sprintf("%s %d", c.name, *c.v))
		}
	}
	line("counters", strings.Join(counters, ", "))
	for _, a := range r.Alerts {
		line("alert", fmt.Sprintf("[%s] %s", a.SeverityName, a.Text()))
	}
	line("console", strings.Join(r.ConsoleText, " | "))
	for _, s := range r.Supplies {
		line("supply", fmt.Sprintf("%s: %s", s.Description, s.LevelText()))
	}
	for i, e := range info.Errors {
		line(fmt.Sprintf("error %d", i+1), e)
	}
	for _, wn := range r.Warnings {
		line("warning", wn)
	}
}
