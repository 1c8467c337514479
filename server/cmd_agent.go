package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/snmp"
)

// agentUsage is printed for usage errors and -h.
const agentUsage = `usage: panicbutton agent --target HOST[:PORT]|CIDR [--target ...] --api URL [options]

Acts as the printer app for printers that cannot run one: reads each printer over SNMP and calls the
cloud's launch operation with what it read (serial, model, name, location, ip, counters, errors), once
or every --interval until interrupted. Prints one line per printer: its serial and READY,
REGISTRATION_REQUIRED (register the serial with the printer code first) or the error.

Targets: HOST, HOST:PORT, [IPv6]:PORT or a CIDR prefix (10.0.0.0/24); --target may be repeated.
Addresses of a prefix that do not answer SNMP are counted, not listed.

Options:
  --api URL              the Panic Button cloud, e.g. https://panic.example.com (required)
  --interval D           run again every D (e.g. 15m) until SIGINT/SIGTERM; default: run once
  --community C          v1/v2c community (default "public")
  --version 1|2c|3       SNMP version (default 2c)
  --v3-user U            SNMPv3 user
  --v3-auth-proto P      MD5, SHA, SHA224, SHA256, SHA384, SHA512 (default SHA)
  --v3-auth-pass P       SNMPv3 authentication password (8+ characters)
  --v3-priv-proto P      DES, AES, AES192, AES256, AES192C, AES256C (default AES)
  --v3-priv-pass P       SNMPv3 privacy password (8+ characters)
  --v3-sec-level L       noAuthNoPriv, authNoPriv or authPriv (default: from the passwords given)
  --timeout D            time allowed per SNMP request, e.g. 2s or 500ms (default 2s)
  --retries N            retries per SNMP request (default 1)
  --profile NAME         force a vendor profile: %s
  --oid1 .. --oid4 OID   the panic button's error OIDs; their values become errors[0..3]
  --concurrency N        printers read in parallel (default 16)
  --report-condition C   report a panic when a READY printer shows condition C (an error state such as
                         jammed, noToner, doorOpen, or an alert code such as jam); repeatable; once per
                         occurrence while the agent runs
  --report-email E       the reporter's email of those reports (required with --report-condition)

Exit status: 0 when every printer was read and launched (or the agent was stopped), 1 when one
failed, 2 on a usage error.
`

// runAgent implements "panicbutton agent ..." and returns the process exit code.
func runAgent(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	usage := func() { fmt.Fprintf(stderr, agentUsage, strings.Join(snmp.ProfileNames(), ", ")) }
	fs := flag.NewFlagSet("panicbutton agent", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var (
		sf          snmpFlags
		conditions  stringList
		api         string
		reportEmail string
		interval    time.Duration
	)
	sf.register(fs)
	fs.StringVar(&api, "api", "", "")
	fs.DurationVar(&interval, "interval", 0, "")
	fs.Var(&conditions, "report-condition", "")
	fs.StringVar(&reportEmail, "report-email", "", "")

	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "panicbutton agent: "+format+"\n", a...)
		usage()
		return 2
	}
	if len(args) > 0 && args[0] == "agent" {
		args = args[1:]
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return 0
		}
		return usageErr("%v", err)
	}
	switch {
	case fs.NArg() > 0:
		return usageErr("unexpected argument %q (give printers with --target)", fs.Arg(0))
	case len(sf.targets) == 0:
		return usageErr("at least one --target is required")
	case api == "":
		return usageErr("--api is required (the cloud's URL, e.g. https://panic.example.com)")
	case interval < 0 || (interval > 0 && interval < time.Second):
		return usageErr("--interval must be at least 1s")
	case sf.concurrency < 1:
		return usageErr("--concurrency must be at least 1")
	case len(conditions) > 0 && reportEmail == "":
		return usageErr("--report-condition needs --report-email")
	case reportEmail != "" && len(conditions) == 0:
		return usageErr("--report-email is only used with --report-condition")
	case reportEmail != "" && !strings.Contains(reportEmail, "@"):
		return usageErr("--report-email %q is not an email address", reportEmail)
	}
	if _, err := snmp.GraphQLEndpoint(api); err != nil {
		return usageErr("--api: %v", err)
	}
	// Hosts of a prefix that do not answer are expected (most addresses are not printers): counted, not listed.
	var list []snmp.Target
	scanned := map[int]bool{}
	for _, spec := range sf.targets {
		ts, err := sf.expand(spec)
		if err != nil {
			return usageErr("%v", err)
		}
		for _, t := range ts {
			if len(ts) > 1 {
				scanned[len(list)] = true
			}
			list = append(list, t)
		}
	}

	agent, err := snmp.NewAgent(snmp.AgentConfig{API: api, Concurrency: sf.concurrency, ReportConditions: conditions,
		ReportEmail: reportEmail, Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		return usageErr("%v", err)
	}
	failed := false
	err = agent.Run(ctx, list, interval, func(results []snmp.AgentResult) {
		failed = printAgentResults(stdout, results, scanned) > 0
	})
	if err != nil && ctx.Err() != nil {
		return 0 // stopped by a signal
	}
	if failed {
		return 1
	}
	return 0
}

// printAgentResults writes one line per printer and returns how many failed.
func printAgentResults(w io.Writer, results []snmp.AgentResult, scanned map[int]bool) int {
	failed, silent := 0, 0
	for i, r := range results {
		if r.Err != nil && r.Reading == nil && scanned[i] && errors.Is(r.Err, snmp.ErrUnreachable) {
			silent++
			continue
		}
		serial := r.Serial
		if serial == "" {
			serial = "-"
		}
		var what string
		switch {
		case r.Err != nil:
			failed++
			what = "error: " + r.Err.Error()
		case r.Skipped != "":
			failed++
			what = "skipped: " + r.Skipped
		case r.Status == "REGISTRATION_REQUIRED":
			what = r.Status + " (register it with the panic button's printer code)"
		default:
			what = r.Status
		}
		if len(r.Reported) > 0 {
			what += "; reported " + strings.Join(r.Reported, ", ")
		}
		fmt.Fprintf(w, "%-20s %-26s %s\n", serial, r.Target.String(), what)
	}
	if silent > 0 {
		fmt.Fprintf(w, "%d scanned address(es) did not answer SNMP\n", silent)
	}
	return failed
}
