package main

import (
	"context"
	"fmt"
	"io"
)

// runSNMP is replaced by cmd_snmp.go when the SNMP collector lands.
func runSNMP(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "panicbutton snmp: not available in this build")
	return 2
}
