package snmp

import (
	"reflect"
	"testing"
)

// The bit table is RFC 2790's (HOST-RESOURCES-MIB hrPrinterDetectedErrorState): bit 0 is the most
// significant bit of the first octet. See errorStateBits for the full table.
func TestDecodeErrorStateBitTable(t *testing.T) {
	want := []struct {
		bit  int
		cond Condition
	}{
		{0, LowPaper}, {1, NoPaper}, {2, LowToner}, {3, NoToner}, {4, DoorOpen}, {5, Jammed}, {6, Offline},
		{7, ServiceRequested}, {8, InputTrayMissing}, {9, OutputTrayMissing}, {10, MarkerSupplyMissing},
		{11, OutputNearFull}, {12, OutputFull}, {13, InputTrayEmpty}, {14, OverduePreventMaint},
	}
	if len(want) != len(AllConditions()) {
		t.Fatalf("AllConditions has %d entries, want %d", len(AllConditions()), len(want))
	}
	for _, w := range want {
		b := make([]byte, 2)
		b[w.bit/8] = 0x80 >> (w.bit % 8)
		got := DecodeErrorState(b)
		if len(got) != 1 || got[0] != w.cond {
			t.Errorf("bit %d (% x): got %v, want [%s]", w.bit, b, got, w.cond)
		}
		if enc := EncodeErrorState(w.cond); !reflect.DeepEqual(enc, b) {
			t.Errorf("EncodeErrorState(%s) = % x, want % x", w.cond, enc, b)
		}
	}
}

// Wire values as agents send them.
func TestDecodeErrorStateRecordedValues(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want []Condition
	}{
		// Kyocera ECOSYS M8130cidn with nearly empty toner: snmpwalk shows `STRING: " "`, i.e. the single
		// octet 0x20 (centreon-plugins issue #2784, where a plugin mis-read it as "jammed").
		{"kyocera toner low, one octet 0x20", []byte{0x20}, []Condition{LowToner}},
		// The same printer model when everything is fine: `Hex-STRING: 00` (same issue).
		{"kyocera ok, one octet 0x00", []byte{0x00}, nil},
		{"two zero octets", []byte{0x00, 0x00}, nil},
		{"empty value", []byte{}, nil},
		// Jam with the door open and a tray pulled out: 0x0C 0x80.
		{"jam + door + tray missing", []byte{0x0C, 0x80}, []Condition{DoorOpen, Jammed, InputTrayMissing}},
		// Out of paper, which many printers also flag as offline and as an empty tray: 0x42 0x04.
		{"no paper offline tray empty", []byte{0x42, 0x04}, []Condition{NoPaper, Offline, InputTrayEmpty}},
		{"service + overdue maintenance", []byte{0x01, 0x02}, []Condition{ServiceRequested, OverduePreventMaint}},
		{"output full and near full", []byte{0x00, 0x18}, []Condition{OutputNearFull, OutputFull}},
		{"toner and supply missing", []byte{0x10, 0x20}, []Condition{NoToner, MarkerSupplyMissing}},
		{"output tray missing, low paper", []byte{0x80, 0x40}, []Condition{LowPaper, OutputTrayMissing}},
		// Unassigned bit 15 and extra octets are ignored.
		{"unassigned bits ignored", []byte{0x00, 0x01, 0xFF}, nil},
		{"all defined bits", []byte{0xFF, 0xFE}, AllConditions()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := DecodeErrorState(c.in)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("DecodeErrorState(% x) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func TestPrinterStatusNames(t *testing.T) {
	for v, want := range map[PrinterStatus]string{1: "other", 2: "unknown", 3: "idle", 4: "printing", 5: "warmup", 9: "status(9)", 0: ""} {
		if got := v.String(); got != want {
			t.Errorf("PrinterStatus(%d) = %q, want %q", int(v), got, want)
		}
	}
}
