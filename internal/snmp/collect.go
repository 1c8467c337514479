package snmp

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gosnmp/gosnmp"
)

// Reading is everything Collect read from one printer. Absent objects leave their field empty.
type Reading struct {
	Target      string    `json:"target"` // host:port (vN)
	IP          string    `json:"ip,omitempty"`
	CollectedAt time.Time `json:"collectedAt"`
	Duration    string    `json:"duration"`

	SysDescr    string `json:"sysDescr,omitempty"`
	SysObjectID string `json:"sysObjectID,omitempty"`
	SysName     string `json:"sysName,omitempty"`
	SysLocation string `json:"sysLocation,omitempty"`

	DeviceIndex  int    `json:"deviceIndex"`            // hrDeviceIndex of the printer (usually 1)
	Serial       string `json:"serial,omitempty"`       // prtGeneralSerialNumber, else the profile's vendor OID, else sysDescr
	SerialSource string `json:"serialSource,omitempty"` // OID the serial came from (sysDescr's when read from it)
	Model        string `json:"model,omitempty"`        // hrDeviceDescr, else the profile's vendor OID, else read from sysDescr
	PrinterName  string `json:"printerName,omitempty"`  // prtGeneralPrinterName

	Status      PrinterStatus `json:"status,omitempty"` // hrPrinterStatus
	StatusName  string        `json:"statusName,omitempty"`
	ErrorState  string        `json:"errorState,omitempty"` // hrPrinterDetectedErrorState, hex
	Conditions  []Condition   `json:"conditions,omitempty"` // decoded ErrorState
	MarkerLife  *int64        `json:"markerLifeCount,omitempty"`
	Counters    Counters      `json:"counters"`
	Alerts      []Alert       `json:"alerts,omitempty"`
	ConsoleText []string      `json:"consoleText,omitempty"`
	Supplies    []Supply      `json:"supplies,omitempty"`
	ErrorOIDs   [4]string     `json:"errorOIDs"`          // the configured OID1..OID4 ("" when not configured)
	ErrorValues [4]string     `json:"errorValues"`        // their values ("" when not configured or absent)
	Language    string        `json:"language,omitempty"` // Target.Language: of the condition messages in PrinterInfo().Errors
	Profile     string        `json:"profile"`
	ProfileWhy  string        `json:"profileReason"`
	Warnings    []string      `json:"warnings,omitempty"` // parts that could not be read
}

// Counters are page counters. Total is the vendor's billing total when its profile has one and the
// printer answers it, else prtMarkerLifeCount.
type Counters struct {
	Total *int64 `json:"total,omitempty"`
	Black *int64 `json:"black,omitempty"`
	Color *int64 `json:"color,omitempty"`
	Large *int64 `json:"large,omitempty"`
}

// Alert is one row of prtAlertTable.
type Alert struct {
	Index         string `json:"index"` // hrDeviceIndex.prtAlertIndex
	Severity      int    `json:"severity"`
	SeverityName  string `json:"severityName,omitempty"`
	TrainingLevel int    `json:"trainingLevel,omitempty"`
	Group         int    `json:"group"`
	GroupName     string `json:"groupName,omitempty"`
	GroupIndex    int    `json:"groupIndex,omitempty"`
	Location      int    `json:"location,omitempty"`
	Code          int    `json:"code"`
	CodeName      string `json:"codeName,omitempty"`
	Description   string `json:"description,omitempty"`
}

// Text is the alert's description, or "codeName (groupName)" when the printer gives none.
func (a Alert) Text() string {
	if a.Description != "" {
		return a.Description
	}
	if a.CodeName == "" && a.GroupName == "" {
		return ""
	}
	if a.GroupName == "" || a.GroupName == "other" {
		return a.CodeName
	}
	return fmt.Sprintf("%s (%s)", a.CodeName, a.GroupName)
}

// Supply is one row of prtMarkerSuppliesTable.
type Supply struct {
	Index       string `json:"index"` // hrDeviceIndex.prtMarkerSuppliesIndex
	Description string `json:"description,omitempty"`
	Type        int    `json:"type,omitempty"`
	TypeName    string `json:"typeName,omitempty"`
	Class       int    `json:"class,omitempty"`
	ClassName   string `json:"className,omitempty"`
	Unit        int    `json:"unit,omitempty"`
	MaxCapacity int64  `json:"maxCapacity"` // -1 other, -2 unknown
	Level       int64  `json:"level"`       // -1 other, -2 unknown, -3 some remaining
	// Percent is Level/MaxCapacity when both are known (nil otherwise).
	Percent *int `json:"percent,omitempty"`
}

// LevelText describes the level in words when it is not a number (RFC 3805 special values).
func (s Supply) LevelText() string {
	switch {
	case s.Percent != nil:
		return strconv.Itoa(*s.Percent) + "%"
	case s.Level == -3:
		return "some remaining"
	case s.Level == -2:
		return "unknown"
	case s.Level == -1:
		return "other"
	}
	return strconv.FormatInt(s.Level, 10)
}

// Collect reads one printer. A missing object is not an error (the field stays empty). The error is
// an *Error: ErrUnreachable when the first request gets no answer (host down, closed port or, on
// v1/v2c, a wrong community), ErrAuth on an SNMPv3 authentication failure, ErrInvalidTarget for a
// bad Target. When the printer stops answering midway, the reading collected so far is returned with
// the failure noted in Warnings. Collect honours ctx cancellation and deadline.
func Collect(ctx context.Context, t Target) (*Reading, error) {
	t, err := t.normalized()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, classify(ctx, t, "collect", err)
	}
	s, err := dial(ctx, t)
	if err != nil {
		return nil, err
	}
	defer s.close()
	return collect(ctx, t, s)
}

// collector carries one collection's state.
type collector struct {
	ctx    context.Context
	t      Target
	s      session
	r      *Reading
	broken error // set after a transport failure: later steps are skipped
}

func collect(ctx context.Context, t Target, s session) (*Reading, error) {
	start := time.Now()
	c := &collector{ctx: ctx, t: t, s: s, r: &Reading{Target: t.String(), CollectedAt: start.UTC(), DeviceIndex: 1, ErrorOIDs: t.ErrorOIDs, Language: t.Language}}
	if err := c.base(); err != nil {
		return nil, err
	}
	c.r.IP = s.remoteIP()
	c.step("hrPrinterTable", c.printerTable)
	c.step("prtMarkerLifeCount", c.markerLife)
	c.step("prtAlertTable", c.alerts)
	c.step("prtConsoleDisplayBufferText", c.console)
	c.step("prtMarkerSuppliesTable", c.supplies)
	c.step("vendor profile", c.vendor)
	if c.r.Counters.Total == nil && c.r.MarkerLife != nil {
		v := *c.r.MarkerLife
		c.r.Counters.Total = &v
	}
	if c.broken != nil && ctx.Err() != nil {
		return nil, c.broken
	}
	c.r.Duration = time.Since(start).Round(time.Millisecond).String()
	return c.r, nil
}

// step runs one optional part; a transport error is recorded and stops the remaining parts.
func (c *collector) step(name string, f func() error) {
	if c.broken != nil {
		return
	}
	if err := f(); err != nil {
		c.r.Warnings = append(c.r.Warnings, fmt.Sprintf("%s: %v", name, err))
		if errors.Is(err, ErrUnreachable) || errors.Is(err, ErrAuth) || c.ctx.Err() != nil {
			c.broken = err
			c.r.Warnings = append(c.r.Warnings, "collection stopped early: later parts not read")
		}
	}
}

func devOID(base string, dev int) string { return base + "." + strconv.Itoa(dev) }

// base is the first request: the system group, the device-1 identification and the error OIDs. Its
// failure fails the collection.
func (c *collector) base() error {
	oids := []string{oidSysDescr, oidSysObjectID, oidSysName, oidSysLocation,
		devOID(oidPrtGeneralSerialNumber, 1), devOID(oidPrtGeneralPrinterName, 1), devOID(oidHrDeviceDescr, 1)}
	for _, o := range c.t.ErrorOIDs {
		if o != "" {
			oids = append(oids, o)
		}
	}
	v, err := c.s.get(dedupe(oids))
	if err != nil {
		return err
	}
	r := c.r
	r.SysDescr = pduText(v[oidSysDescr])
	r.SysObjectID = pduText(v[oidSysObjectID])
	r.SysName = pduText(v[oidSysName])
	r.SysLocation = pduText(v[oidSysLocation])
	c.identify(v, 1)
	for i, o := range c.t.ErrorOIDs {
		if o != "" {
			r.ErrorValues[i] = pduText(v[o])
		}
	}
	return nil
}

func (c *collector) identify(v map[string]gosnmp.SnmpPDU, dev int) {
	r := c.r
	if s := cleanSerial(pduText(v[devOID(oidPrtGeneralSerialNumber, dev)])); s != "" {
		r.Serial, r.SerialSource = s, devOID(oidPrtGeneralSerialNumber, dev)
	}
	if s := pduText(v[devOID(oidPrtGeneralPrinterName, dev)]); s != "" {
		r.PrinterName = s
	}
	if s := pduText(v[devOID(oidHrDeviceDescr, dev)]); s != "" {
		r.Model = s
	}
}

// printerTable finds the printer's hrDeviceIndex and reads its status and error state.
func (c *collector) printerTable() error {
	rows, err := c.s.walk(oidHrPrinterEntry)
	if err != nil {
		return err
	}
	type row struct {
		status   int64
		hasState bool
		state    []byte
	}
	byDev := map[int]*row{}
	for _, pdu := range rows {
		rest, ok := suffix(pdu.Name, oidHrPrinterEntry)
		if !ok {
			continue
		}
		col, idx, ok := splitColumn(rest)
		dev, err := strconv.Atoi(idx)
		if !ok || err != nil || dev < 1 {
			continue
		}
		if byDev[dev] == nil {
			byDev[dev] = &row{}
		}
		switch col {
		case 1:
			byDev[dev].status, _ = pduInt(pdu)
		case 2:
			if b, ok := pduBytes(pdu); ok {
				byDev[dev].state, byDev[dev].hasState = b, true
			}
		}
	}
	if len(byDev) == 0 {
		return nil
	}
	devs := make([]int, 0, len(byDev))
	for d := range byDev {
		devs = append(devs, d)
	}
	sort.Ints(devs)
	dev := devs[0]
	if byDev[1] != nil {
		dev = 1
	}
	r := c.r
	if dev != 1 {
		r.DeviceIndex = dev
		v, err := c.s.get([]string{devOID(oidPrtGeneralSerialNumber, dev), devOID(oidPrtGeneralPrinterName, dev), devOID(oidHrDeviceDescr, dev)})
		c.identify(v, dev)
		if err != nil {
			return err
		}
	}
	pr := byDev[dev]
	r.Status = PrinterStatus(pr.status)
	r.StatusName = r.Status.String()
	if pr.hasState {
		r.ErrorState = hex.EncodeToString(pr.state)
		r.Conditions = DecodeErrorState(pr.state)
	}
	return nil
}

// markerLife reads prtMarkerLifeCount of the printer's first marker.
func (c *collector) markerLife() error {
	rows, err := c.s.walk(oidPrtMarkerLifeCount)
	if err != nil {
		return err
	}
	var first *int64
	for _, pdu := range rows {
		idx, ok := suffix(pdu.Name, oidPrtMarkerLifeCount)
		v, okv := pduInt(pdu)
		if !ok || !okv || v < 0 {
			continue
		}
		if firstArc(idx) == c.r.DeviceIndex {
			c.r.MarkerLife = &v
			return nil
		}
		if first == nil {
			first = &v
		}
	}
	c.r.MarkerLife = first
	return nil
}

// forDevice keeps the rows of the printer's device index, or all rows when none has it.
func forDevice[T any](rows []T, index func(T) string, dev int) []T {
	var mine []T
	for _, r := range rows {
		if firstArc(index(r)) == dev {
			mine = append(mine, r)
		}
	}
	if len(mine) == 0 {
		return rows
	}
	return mine
}

func (c *collector) alerts() error {
	rows, err := c.s.walk(oidPrtAlertEntry)
	if err != nil {
		return err
	}
	byIdx := map[string]*Alert{}
	var order []string
	for _, pdu := range rows {
		rest, ok := suffix(pdu.Name, oidPrtAlertEntry)
		if !ok {
			continue
		}
		col, idx, ok := splitColumn(rest)
		if !ok {
			continue
		}
		a := byIdx[idx]
		if a == nil {
			a = &Alert{Index: idx}
			byIdx[idx] = a
			order = append(order, idx)
		}
		n, _ := pduInt(pdu)
		switch col {
		case alertColSeverity:
			a.Severity = int(n)
		case alertColTraining:
			a.TrainingLevel = int(n)
		case alertColGroup:
			a.Group = int(n)
		case alertColGroupIndex:
			a.GroupIndex = int(n)
		case alertColLocation:
			a.Location = int(n)
		case alertColCode:
			a.Code = int(n)
		case alertColDescription:
			a.Description = pduText(pdu)
		}
	}
	sortIndexes(order)
	var out []Alert
	for _, idx := range order {
		a := byIdx[idx]
		a.SeverityName = severityName(a.Severity)
		a.GroupName = enumName(alertGroupNames, "group", a.Group)
		a.CodeName = enumName(alertCodeNames, "code", a.Code)
		out = append(out, *a)
	}
	c.r.Alerts = forDevice(out, func(a Alert) string { return a.Index }, c.r.DeviceIndex)
	return nil
}

func (c *collector) console() error {
	rows, err := c.s.walk(oidPrtConsoleDisplayBufferText)
	if err != nil {
		return err
	}
	type line struct{ idx, text string }
	var lines []line
	for _, pdu := range rows {
		idx, ok := suffix(pdu.Name, oidPrtConsoleDisplayBufferText)
		if t := pduText(pdu); ok && t != "" {
			lines = append(lines, line{idx, t})
		}
	}
	lines = forDevice(lines, func(l line) string { return l.idx }, c.r.DeviceIndex)
	for _, l := range lines {
		c.r.ConsoleText = append(c.r.ConsoleText, l.text)
	}
	return nil
}

func (c *collector) supplies() error {
	rows, err := c.s.walk(oidPrtMarkerSuppliesEntry)
	if err != nil {
		return err
	}
	byIdx := map[string]*Supply{}
	var order []string
	for _, pdu := range rows {
		rest, ok := suffix(pdu.Name, oidPrtMarkerSuppliesEntry)
		if !ok {
			continue
		}
		col, idx, ok := splitColumn(rest)
		if !ok || col < supColClass || col > supColLevel {
			continue
		}
		s := byIdx[idx]
		if s == nil {
			s = &Supply{Index: idx, MaxCapacity: -2, Level: -2}
			byIdx[idx] = s
			order = append(order, idx)
		}
		n, isNum := pduInt(pdu)
		switch col {
		case supColClass:
			s.Class = int(n)
		case supColType:
			s.Type = int(n)
		case supColDescription:
			s.Description = pduText(pdu)
		case supColUnit:
			s.Unit = int(n)
		case supColMaxCapacity:
			if isNum {
				s.MaxCapacity = n
			}
		case supColLevel:
			if isNum {
				s.Level = n
			}
		}
	}
	sortIndexes(order)
	var out []Supply
	for _, idx := range order {
		s := byIdx[idx]
		s.TypeName = enumName(supplyTypeNames, "type", s.Type)
		s.ClassName = enumName(supplyClassNames, "class", s.Class)
		if s.MaxCapacity > 0 && s.Level >= 0 {
			p := int(min(s.Level*100/s.MaxCapacity, 100))
			s.Percent = &p
		}
		out = append(out, *s)
	}
	c.r.Supplies = forDevice(out, func(s Supply) string { return s.Index }, c.r.DeviceIndex)
	return nil
}

// vendor selects the profile and reads its counters and identification fallbacks.
func (c *collector) vendor() error {
	r := c.r
	p, why := SelectProfile(r.SysObjectID, r.SysDescr)
	if c.t.ProfileOverride != "" {
		if o, ok := ProfileByName(c.t.ProfileOverride); ok {
			p, why = o, "override"
		}
	}
	r.Profile, r.ProfileWhy = p.Name, why
	d, err := p.read(c.s)
	set := func(dst **int64, src CounterSource) {
		if v, ok := d.counter(src); ok {
			*dst = &v
		}
	}
	set(&r.Counters.Total, p.Total)
	set(&r.Counters.Black, p.Black)
	set(&r.Counters.Color, p.Color)
	set(&r.Counters.Large, p.Large)
	if r.Serial == "" {
		for _, o := range p.SerialOIDs {
			if s := cleanSerial(pduText(d.values[o])); s != "" {
				r.Serial, r.SerialSource = s, o
				break
			}
		}
	}
	if r.Serial == "" {
		if s := cleanSerial(fromSysDescr(p.SysDescrSerial, r.SysDescr)); s != "" {
			r.Serial, r.SerialSource = s, oidSysDescr
		}
	}
	if r.Model == "" {
		r.Model = d.firstText(p.ModelOIDs)
	}
	if r.Model == "" {
		r.Model = fromSysDescr(p.SysDescrModel, r.SysDescr)
	}
	return err
}

// cleanSerial trims a serial number and drops what printers pad it with.
func cleanSerial(s string) string {
	s = strings.TrimSpace(strings.Trim(s, "\"'"))
	return strings.TrimSpace(s)
}

func dedupe(oids []string) []string {
	seen := map[string]bool{}
	out := oids[:0:0]
	for _, o := range oids {
		if !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	return out
}

// sortIndexes sorts dotted numeric indexes numerically ("1.2" < "1.10").
func sortIndexes(idx []string) {
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := strings.Split(idx[i], "."), strings.Split(idx[j], ".")
		for k := 0; k < len(a) && k < len(b); k++ {
			x, _ := strconv.Atoi(a[k])
			y, _ := strconv.Atoi(b[k])
			if x != y {
				return x < y
			}
		}
		return len(a) < len(b)
	})
}
