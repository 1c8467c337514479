package snmp

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gosnmp/gosnmp"
)

// Standard objects read from every printer.
//
//	SNMPv2-MIB (RFC 3418)          system group
//	HOST-RESOURCES-MIB (RFC 2790)  hrDeviceTable, hrPrinterTable
//	Printer-MIB v2 (RFC 3805)      prtGeneralTable, prtMarkerTable, prtMarkerSuppliesTable,
//	                               prtConsoleDisplayBufferTable, prtAlertTable
//
// Table objects are indexed by hrDeviceIndex first (usually 1 on printers).
const (
	oidSysDescr    = ".1.3.6.1.2.1.1.1.0"
	oidSysObjectID = ".1.3.6.1.2.1.1.2.0"
	oidSysName     = ".1.3.6.1.2.1.1.5.0"
	oidSysLocation = ".1.3.6.1.2.1.1.6.0"

	oidHrDeviceDescr               = ".1.3.6.1.2.1.25.3.2.1.3"  // .hrDeviceIndex
	oidHrPrinterEntry              = ".1.3.6.1.2.1.25.3.5.1"    // hrPrinterTable row
	oidHrPrinterStatus             = ".1.3.6.1.2.1.25.3.5.1.1"  // .hrDeviceIndex
	oidHrPrinterDetectedErrorState = ".1.3.6.1.2.1.25.3.5.1.2"  // .hrDeviceIndex
	oidPrtGeneralPrinterName       = ".1.3.6.1.2.1.43.5.1.1.16" // .hrDeviceIndex
	oidPrtGeneralSerialNumber      = ".1.3.6.1.2.1.43.5.1.1.17" // .hrDeviceIndex
	oidPrtMarkerLifeCount          = ".1.3.6.1.2.1.43.10.2.1.4" // .hrDeviceIndex.prtMarkerIndex
	oidPrtMarkerSuppliesEntry      = ".1.3.6.1.2.1.43.11.1.1"   // .column.hrDeviceIndex.prtMarkerSuppliesIndex
	oidPrtConsoleDisplayBufferText = ".1.3.6.1.2.1.43.16.5.1.2" // .hrDeviceIndex.prtConsoleDisplayBufferIndex
	oidPrtAlertEntry               = ".1.3.6.1.2.1.43.18.1.1"   // .column.hrDeviceIndex.prtAlertIndex
	oidEnterprises                 = ".1.3.6.1.4.1"
)

// prtMarkerSuppliesEntry columns (RFC 3805).
const (
	supColClass       = 4
	supColType        = 5
	supColDescription = 6
	supColUnit        = 7
	supColMaxCapacity = 8
	supColLevel       = 9
)

// prtAlertEntry columns (RFC 3805).
const (
	alertColSeverity    = 2
	alertColTraining    = 3
	alertColGroup       = 4
	alertColGroupIndex  = 5
	alertColLocation    = 6
	alertColCode        = 7
	alertColDescription = 8
)

// Condition is one error condition of hrPrinterDetectedErrorState.
type Condition string

// The conditions, named as in the MIB.
const (
	LowPaper            Condition = "lowPaper"
	NoPaper             Condition = "noPaper"
	LowToner            Condition = "lowToner"
	NoToner             Condition = "noToner"
	DoorOpen            Condition = "doorOpen"
	Jammed              Condition = "jammed"
	Offline             Condition = "offline"
	ServiceRequested    Condition = "serviceRequested"
	InputTrayMissing    Condition = "inputTrayMissing"
	OutputTrayMissing   Condition = "outputTrayMissing"
	MarkerSupplyMissing Condition = "markerSupplyMissing"
	OutputNearFull      Condition = "outputNearFull"
	OutputFull          Condition = "outputFull"
	InputTrayEmpty      Condition = "inputTrayEmpty"
	OverduePreventMaint Condition = "overduePreventMaint"
)

// errorStateBits maps bit numbers of hrPrinterDetectedErrorState to conditions.
//
// Source: HOST-RESOURCES-MIB v2, RFC 2790 (hrPrinterDetectedErrorState, in the hrPrinterTable): bits 0-14.
// RFC 1514 (the first Host Resources MIB) had only bits 0-7; RFC 3805 (Printer MIB v2) relies on this
// object for printer status. The value is an OCTET STRING in which "bits are numbered starting with
// the most significant bit of the first byte being bit 0", so
//
//	octet 0: 0x80 lowPaper   0x40 noPaper    0x20 lowToner            0x10 noToner
//	         0x08 doorOpen   0x04 jammed     0x02 offline             0x01 serviceRequested
//	octet 1: 0x80 inputTrayMissing  0x40 outputTrayMissing  0x20 markerSupplyMissing
//	         0x10 outputNearFull    0x08 outputFull         0x04 inputTrayEmpty
//	         0x02 overduePreventMaint                        (0x01 unassigned)
//
// Agents may send one octet only (no bit above 7 set) or more octets than needed; bits beyond 14 are
// ignored. Note that a one-octet value 0x20 is lowToner although it prints as STRING: " " in snmpwalk.
var errorStateBits = [...]Condition{
	LowPaper, NoPaper, LowToner, NoToner, DoorOpen, Jammed, Offline, ServiceRequested,
	InputTrayMissing, OutputTrayMissing, MarkerSupplyMissing, OutputNearFull, OutputFull, InputTrayEmpty,
	OverduePreventMaint,
}

// AllConditions lists every condition in bit order.
func AllConditions() []Condition { return append([]Condition(nil), errorStateBits[:]...) }

// DecodeErrorState decodes an hrPrinterDetectedErrorState value into its conditions, in bit order.
func DecodeErrorState(b []byte) []Condition {
	var out []Condition
	for bit, c := range errorStateBits {
		octet := bit / 8
		if octet < len(b) && b[octet]&(0x80>>(bit%8)) != 0 {
			out = append(out, c)
		}
	}
	return out
}

// EncodeErrorState is the inverse of DecodeErrorState (two octets), for tests and simulators.
func EncodeErrorState(conds ...Condition) []byte {
	out := make([]byte, 2)
	for _, c := range conds {
		for bit, known := range errorStateBits {
			if known == c {
				out[bit/8] |= 0x80 >> (bit % 8)
			}
		}
	}
	return out
}

// PrinterStatus is hrPrinterStatus (RFC 2790).
type PrinterStatus int

// hrPrinterStatus values.
const (
	StatusOther    PrinterStatus = 1
	StatusUnknown  PrinterStatus = 2
	StatusIdle     PrinterStatus = 3
	StatusPrinting PrinterStatus = 4
	StatusWarmup   PrinterStatus = 5
)

func (s PrinterStatus) String() string {
	switch s {
	case 0:
		return ""
	case StatusOther:
		return "other"
	case StatusUnknown:
		return "unknown"
	case StatusIdle:
		return "idle"
	case StatusPrinting:
		return "printing"
	case StatusWarmup:
		return "warmup"
	}
	return fmt.Sprintf("status(%d)", int(s))
}

// Alert severities (PrtAlertSeverityLevelTC, RFC 3805).
const (
	SeverityOther                    = 1
	SeverityCritical                 = 3
	SeverityWarning                  = 4
	SeverityWarningBinaryChangeEvent = 5
)

func severityName(v int) string {
	switch v {
	case SeverityOther:
		return "other"
	case SeverityCritical:
		return "critical"
	case SeverityWarning:
		return "warning"
	case SeverityWarningBinaryChangeEvent:
		return "warningBinaryChangeEvent"
	case 0:
		return ""
	}
	return fmt.Sprintf("severity(%d)", v)
}

// alertGroupNames is PrtAlertGroupTC (RFC 3805).
var alertGroupNames = map[int]string{
	1: "other", 3: "hostResourcesMIBStorageTable", 4: "hostResourcesMIBDeviceTable", 5: "generalPrinter",
	6: "cover", 7: "localization", 8: "input", 9: "output", 10: "marker", 11: "markerSupplies",
	12: "markerColorant", 13: "mediaPath", 14: "channel", 15: "interpreter", 16: "consoleDisplayBuffer",
	17: "consoleLights", 18: "alert", 30: "finDevice", 31: "finSupply", 32: "finSupplyMediaInput",
	33: "finAttribute",
}

// alertCodeNames is PrtAlertCodeTC (RFC 3805 / IANA-PRINTER-MIB).
var alertCodeNames = map[int]string{
	1: "other", 2: "unknown", 3: "coverOpen", 4: "coverClosed", 5: "interlockOpen", 6: "interlockClosed",
	7: "configurationChange", 8: "jam", 9: "subunitMissing", 10: "subunitLifeAlmostOver", 11: "subunitLifeOver",
	12: "subunitAlmostEmpty", 13: "subunitEmpty", 14: "subunitAlmostFull", 15: "subunitFull",
	16: "subunitNearLimit", 17: "subunitAtLimit", 18: "subunitOpened", 19: "subunitClosed",
	20: "subunitTurnedOn", 21: "subunitTurnedOff", 22: "subunitOffline", 23: "subunitPowerSaver",
	24: "subunitWarmingUp", 25: "subunitAdded", 26: "subunitRemoved", 27: "subunitResourceAdded",
	28: "subunitResourceRemoved", 29: "subunitRecoverableFailure", 30: "subunitUnrecoverableFailure",
	31: "subunitRecoverableStorageError", 32: "subunitUnrecoverableStorageError", 33: "subunitMotorFailure",
	34: "subunitMemoryExhausted", 35: "subunitUnderTemperature", 36: "subunitOverTemperature",
	37: "subunitTimingFailure", 38: "subunitThermistorFailure",
	501: "doorOpen", 502: "doorClosed", 503: "poweredUp", 504: "poweredDown", 505: "printerNMSReset",
	506: "printerManualReset", 507: "printerReadyToPrint",
	801: "inputMediaTrayMissing", 802: "inputMediaSizeChange", 803: "inputMediaWeightChange",
	804: "inputMediaTypeChange", 805: "inputMediaColorChange", 806: "inputMediaFormPartsChange",
	807: "inputMediaSupplyLow", 808: "inputMediaSupplyEmpty", 809: "inputMediaChangeRequest",
	810: "inputManualInputRequest", 811: "inputTrayPositionFailure", 812: "inputTrayElevationFailure",
	813: "inputCannotFeedSizeSelected",
	901: "outputMediaTrayMissing", 902: "outputMediaTrayAlmostFull", 903: "outputMediaTrayFull",
	904:  "outputMailboxSelectFailure",
	1001: "markerFuserUnderTemperature", 1002: "markerFuserOverTemperature", 1003: "markerFuserTimingFailure",
	1004: "markerFuserThermistorFailure", 1005: "markerAdjustingPrintQuality",
	1101: "markerTonerEmpty", 1102: "markerInkEmpty", 1103: "markerPrintRibbonEmpty",
	1104: "markerTonerAlmostEmpty", 1105: "markerInkAlmostEmpty", 1106: "markerPrintRibbonAlmostEmpty",
	1107: "markerWasteTonerReceptacleAlmostFull", 1108: "markerWasteInkReceptacleAlmostFull",
	1109: "markerWasteTonerReceptacleFull", 1110: "markerWasteInkReceptacleFull",
	1111: "markerOpcLifeAlmostOver", 1112: "markerOpcLifeOver", 1113: "markerDeveloperAlmostEmpty",
	1114: "markerDeveloperEmpty", 1115: "markerTonerCartridgeMissing",
	1301: "mediaPathMediaTrayMissing", 1302: "mediaPathMediaTrayAlmostFull", 1303: "mediaPathMediaTrayFull",
	1304: "mediaPathCannotDuplexMediaSelected",
	1501: "interpreterMemoryIncrease", 1502: "interpreterMemoryDecrease", 1503: "interpreterCartridgeAdded",
	1504: "interpreterCartridgeDeleted", 1505: "interpreterResourceAdded", 1506: "interpreterResourceDeleted",
	1507: "interpreterResourceUnavailable", 1509: "interpreterComplexPageEncountered",
	1801: "alertRemovalOfBinaryChangeEntry",
}

func enumName(m map[int]string, kind string, v int) string {
	if v == 0 {
		return ""
	}
	if n, ok := m[v]; ok {
		return n
	}
	return fmt.Sprintf("%s(%d)", kind, v)
}

// supplyTypeNames is PrtMarkerSuppliesTypeTC (RFC 3805 / IANA-PRINTER-MIB).
var supplyTypeNames = map[int]string{
	1: "other", 2: "unknown", 3: "toner", 4: "wasteToner", 5: "ink", 6: "inkCartridge", 7: "inkRibbon",
	8: "wasteInk", 9: "opc", 10: "developer", 11: "fuserOil", 12: "solidWax", 13: "ribbonWax", 14: "wasteWax",
	15: "fuser", 16: "coronaWire", 17: "fuserOilWick", 18: "cleanerUnit", 19: "fuserCleaningPad",
	20: "transferUnit", 21: "tonerCartridge", 22: "fuserOiler", 23: "water", 24: "wasteWater",
	25: "glueWaterAdditive", 26: "wastePaper", 27: "bindingSupply", 28: "bandingSupply", 29: "stitchingWire",
	30: "shrinkWrap", 31: "paperWrap", 32: "staples", 33: "inserts", 34: "covers", 35: "matteToner", 36: "matteInk",
}

// supplyClassNames is PrtMarkerSuppliesClassTC.
var supplyClassNames = map[int]string{1: "other", 3: "supplyThatIsConsumed", 4: "receptacleThatIsFilled"}

// --- value helpers -------------------------------------------------------------------------------

// pduInt converts a numeric PDU (or a decimal string, which some agents send) to int64.
func pduInt(pdu gosnmp.SnmpPDU) (int64, bool) {
	if !present(pdu) {
		return 0, false
	}
	switch pdu.Type {
	case gosnmp.Integer, gosnmp.Counter32, gosnmp.Gauge32, gosnmp.TimeTicks, gosnmp.Counter64, gosnmp.Uinteger32:
		n := gosnmp.ToBigInt(pdu.Value)
		if !n.IsInt64() {
			if n.Cmp(big.NewInt(0)) > 0 {
				return math.MaxInt64, true
			}
			return 0, false
		}
		return n.Int64(), true
	case gosnmp.OctetString:
		b, _ := pdu.Value.([]byte)
		s := strings.TrimSpace(strings.TrimRight(string(b), "\x00"))
		n, err := strconv.ParseInt(s, 10, 64)
		return n, err == nil
	}
	return 0, false
}

// pduBytes returns the raw octets of an OCTET STRING PDU.
func pduBytes(pdu gosnmp.SnmpPDU) ([]byte, bool) {
	if !present(pdu) || pdu.Type != gosnmp.OctetString {
		return nil, false
	}
	b, ok := pdu.Value.([]byte)
	return b, ok
}

// pduText renders any PDU value as a single trimmed line of text ("" when absent).
func pduText(pdu gosnmp.SnmpPDU) string {
	if !present(pdu) {
		return ""
	}
	switch pdu.Type {
	case gosnmp.OctetString:
		b, _ := pdu.Value.([]byte)
		return cleanText(b)
	case gosnmp.ObjectIdentifier, gosnmp.IPAddress:
		s, _ := pdu.Value.(string)
		return s
	case gosnmp.Integer, gosnmp.Counter32, gosnmp.Gauge32, gosnmp.TimeTicks, gosnmp.Counter64, gosnmp.Uinteger32:
		return gosnmp.ToBigInt(pdu.Value).String()
	case gosnmp.Opaque, gosnmp.OpaqueFloat, gosnmp.OpaqueDouble:
		return fmt.Sprint(pdu.Value)
	}
	if b, ok := pdu.Value.([]byte); ok {
		return hex.EncodeToString(b)
	}
	return strings.TrimSpace(fmt.Sprint(pdu.Value))
}

// cleanText decodes printer text: UTF-8 when valid, otherwise ISO-8859-1 (what most printers use for
// DisplayString); NULs and control characters are dropped, line breaks and runs of blanks become one
// space, and the result is trimmed.
func cleanText(b []byte) string {
	var s string
	if utf8.Valid(b) {
		s = string(b)
	} else {
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		s = string(r)
	}
	var out strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || unicode.IsSpace(r):
			space = out.Len() > 0
		case unicode.IsControl(r) || r == utf8.RuneError || r == '\ufeff':
		default:
			if space {
				out.WriteByte(' ')
				space = false
			}
			out.WriteRune(r)
		}
	}
	return out.String()
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n]))
}

// suffix returns the OID part after prefix+"." or "" (false) when oid is not under prefix.
func suffix(oid, prefix string) (string, bool) {
	if !strings.HasPrefix(oid, prefix+".") {
		return "", false
	}
	return oid[len(prefix)+1:], true
}

// splitColumn splits "col.idx1.idx2..." into the column number and the index.
func splitColumn(rest string) (int, string, bool) {
	col, idx, ok := strings.Cut(rest, ".")
	if !ok {
		return 0, "", false
	}
	n, err := strconv.Atoi(col)
	if err != nil {
		return 0, "", false
	}
	return n, idx, true
}

// firstArc returns the first arc of an index ("1.5" -> 1).
func firstArc(idx string) int {
	a, _, _ := strings.Cut(idx, ".")
	n, err := strconv.Atoi(a)
	if err != nil {
		return -1
	}
	return n
}

// enterpriseNumber returns the IANA private enterprise number of a sysObjectID (".1.3.6.1.4.1.N...").
func enterpriseNumber(sysObjectID string) (int, bool) {
	oid, err := NormalizeOID(sysObjectID)
	if err != nil {
		return 0, false
	}
	rest, ok := suffix(oid, oidEnterprises)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(strings.SplitN(rest, ".", 2)[0])
	if err != nil {
		return 0, false
	}
	return n, true
}

// supplyUnitNames is PrtMarkerSuppliesSupplyUnitTC (RFC 3805).
var supplyUnitNames = map[int]string{
	1: "other", 2: "unknown", 3: "tenThousandthsOfInches", 4: "micrometers", 7: "impressions", 8: "sheets",
	11: "hours", 12: "thousandthsOfOunces", 13: "tenthsOfGrams", 14: "hundrethsOfFluidOunces",
	15: "tenthsOfMilliliters", 16: "feet", 17: "meters", 18: "items", 19: "percent",
}

// supplyColors are the colour words looked for in a supply's description (the marker colorant table is
// not read): the first found names its colour.
var supplyColors = []struct{ word, color string }{
	{"black", "black"}, {"noir", "black"}, {"nero", "black"}, {"cyan", "cyan"}, {"ciano", "cyan"},
	{"magenta", "magenta"}, {"yellow", "yellow"}, {"jaune", "yellow"}, {"giallo", "yellow"},
}

// SupplyColor is the colour a supply's description names ("" when none).
func SupplyColor(description string) string {
	words := strings.FieldsFunc(strings.ToLower(description), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	for _, w := range words {
		for _, c := range supplyColors {
			if w == c.word {
				return c.color
			}
		}
	}
	return ""
}
