package snmp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/panicbutton/panicbutton/internal/printers"
)

// MaxDeviceText is the device contract's limit on a printer's model, name and location.
const MaxDeviceText = 200

// serialRe is the device contract's serial rule: the cloud rejects anything else.
var serialRe = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// validSerial reports whether the cloud accepts serial as a printer's serial number.
func validSerial(serial string) bool { return serialRe.MatchString(serial) }

// deviceInfo is the reading's PrinterInfo cut to what the device operations accept.
func deviceInfo(r *Reading) PrinterInfo {
	p := r.PrinterInfo()
	p.Model = truncateRunes(p.Model, MaxDeviceText)
	p.Name = truncateRunes(p.Name, MaxDeviceText)
	p.Location = truncateRunes(p.Location, MaxDeviceText)
	return p
}

// AgentConfig configures an Agent.
type AgentConfig struct {
	// API is the cloud's base URL (https://panic.example.com); "/graphql" is added unless the path ends with it.
	API        string
	HTTPClient *http.Client // default: 30 s timeout
	// Concurrency bounds the printers read at once (DefaultConcurrency when < 1).
	Concurrency int
	// ReportConditions, when set, make the agent report a panic for a READY printer showing one of these
	// conditions (an error-state name such as "jammed" or an alert code such as "jam"), once per ongoing
	// condition, as ReportEmail with the kiosk's first cause.
	ReportConditions []string
	ReportEmail      string
	Logger           *slog.Logger
}

// Agent acts as the printer app for printers that cannot run one (docs/DESIGN.md §9): it reads them over SNMP and
// calls the device operations of the cloud's GraphQL API.
type Agent struct {
	cfg      AgentConfig
	endpoint string
	client   *http.Client
	log      *slog.Logger

	mu       sync.Mutex
	reported map[string]map[string]bool // serial -> conditions already reported while they last
}

// AgentResult is what happened to one target.
type AgentResult struct {
	Target   Target
	Reading  *Reading // nil when the printer could not be read
	Serial   string
	Status   string   // READY or REGISTRATION_REQUIRED after a launch; "" otherwise
	Skipped  string   // why the printer was not launched (no or invalid serial)
	Reported []string // "REFERENCE (condition)" of the panic reports submitted
	Err      error
}

// APIError is a GraphQL error answered by the cloud, with its extensions.code (docs/DESIGN.md §4).
type APIError struct {
	Code, Field, Message string
}

func (e *APIError) Error() string {
	s := e.Message
	if e.Code != "" {
		s = e.Code + ": " + s
	}
	if e.Field != "" {
		s += " (field " + e.Field + ")"
	}
	return s
}

// NewAgent checks the configuration and returns an Agent.
func NewAgent(c AgentConfig) (*Agent, error) {
	endpoint, err := GraphQLEndpoint(c.API)
	if err != nil {
		return nil, err
	}
	if len(c.ReportConditions) > 0 && strings.TrimSpace(c.ReportEmail) == "" {
		return nil, fmt.Errorf("reporting conditions needs a report email")
	}
	if c.Concurrency < 1 {
		c.Concurrency = DefaultConcurrency
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	client := c.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	return &Agent{cfg: c, endpoint: endpoint, client: client, log: c.Logger, reported: map[string]map[string]bool{}}, nil
}

// GraphQLEndpoint is the /graphql URL of a cloud base URL.
func GraphQLEndpoint(api string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(api))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("API URL %q: want an absolute http(s) URL such as https://panic.example.com", api)
	}
	if !strings.HasSuffix(strings.TrimSuffix(u.Path, "/"), "/graphql") {
		u = u.JoinPath("graphql")
	}
	return u.String(), nil
}

// Run calls RunOnce now and then every interval until ctx ends, handing each round's results to each;
// interval 0 runs once. It returns ctx's error when stopped, nil after a single run.
func (a *Agent) Run(ctx context.Context, targets []Target, interval time.Duration, each func([]AgentResult)) error {
	for {
		each(a.RunOnce(ctx, targets))
		if interval <= 0 {
			return nil
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// RunOnce reads every target (at most Concurrency at once) and launches each printer read, in target order.
func (a *Agent) RunOnce(ctx context.Context, targets []Target) []AgentResult {
	collected := CollectMany(ctx, targets, a.cfg.Concurrency)
	out := make([]AgentResult, len(collected))
	var wg sync.WaitGroup
	sem := make(chan struct{}, a.cfg.Concurrency)
	for i, c := range collected {
		out[i] = AgentResult{Target: c.Target, Reading: c.Reading, Err: c.Err}
		if c.Err != nil {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func(r *AgentResult) {
			defer func() { <-sem; wg.Done() }()
			a.launch(ctx, r)
		}(&out[i])
	}
	wg.Wait()
	return out
}

const (
	launchMutation = `mutation AgentLaunch($in: LaunchInput!) { launch(input: $in) { status sessionToken kiosk { language causes { id label } } } }`
	reportMutation = `mutation AgentReport($in: PanicReportInput!) { submitPanicReport(input: $in) { reference status emailsQueued } }`
)

// agentPrinter is PrinterInfoInput as the agent sends it: errors always present, so that a printer whose
// errors cleared clears them in the cloud too.
type agentPrinter struct {
	PrinterInfo
	Errors []string `json:"errors"`
	// Supplies are the marker supplies (PrinterInfoInput.supplies, docs/usage.md).
	Supplies []*printers.SupplyInput `json:"supplies,omitempty"`
}

func (a *Agent) launch(ctx context.Context, r *AgentResult) {
	info := deviceInfo(r.Reading)
	r.Serial = info.Serial
	switch {
	case info.Serial == "":
		r.Skipped = "the printer reports no serial number"
	case !validSerial(info.Serial):
		r.Skipped = fmt.Sprintf("serial %q is not 1 to 64 letters, digits, '.', '_' or '-'", info.Serial)
	}
	if r.Skipped != "" {
		a.log.Warn("agent: printer skipped", "target", r.Target.String(), "reason", r.Skipped)
		return
	}
	p := agentPrinter{PrinterInfo: info, Errors: info.Errors, Supplies: supplyInputs(r.Reading.Supplies)}
	if p.Errors == nil {
		p.Errors = []string{}
	}
	var out struct {
		Launch struct {
			Status       string  `json:"status"`
			SessionToken *string `json:"sessionToken"`
			Kiosk        *struct {
				Language string `json:"language"`
				Causes   []struct {
					ID    string `json:"id"`
					Label string `json:"label"`
				} `json:"causes"`
			} `json:"kiosk"`
		} `json:"launch"`
	}
	if err := a.graphql(ctx, launchMutation, map[string]any{"in": map[string]any{"printer": p}}, &out); err != nil {
		r.Err = fmt.Errorf("launch %s: %w", info.Serial, err)
		return
	}
	r.Status = out.Launch.Status
	if r.Status != "READY" || len(a.cfg.ReportConditions) == 0 {
		return
	}
	// Report each configured condition the printer shows, once while it lasts.
	current := map[string]agentAlert{}
	for _, al := range readingAlerts(r.Reading) {
		for _, want := range a.cfg.ReportConditions {
			if strings.EqualFold(strings.TrimSpace(want), al.Condition) {
				current[al.Condition] = agentAlert{al.Condition, al.Description}
			}
		}
	}
	a.mu.Lock()
	done := a.reported[info.Serial]
	for c := range done {
		if _, still := current[c]; !still {
			delete(done, c) // cleared: a new occurrence is reported again
		}
	}
	a.mu.Unlock()
	for _, al := range sortedAlerts(current) {
		a.mu.Lock()
		already := a.reported[info.Serial][al.condition]
		a.mu.Unlock()
		if already {
			continue
		}
		k := out.Launch.Kiosk
		if out.Launch.SessionToken == nil || k == nil || len(k.Causes) == 0 {
			r.Err = fmt.Errorf("report %s on %s: the launch gave no session or no cause to report with", al.condition, info.Serial)
			return
		}
		msg := "Reported by the Panic Button SNMP agent: " + al.condition
		if al.description != "" {
			msg += " — " + al.description
		}
		var rep struct {
			SubmitPanicReport struct {
				Reference string `json:"reference"`
			} `json:"submitPanicReport"`
		}
		in := map[string]any{"sessionToken": *out.Launch.SessionToken, "email": a.cfg.ReportEmail,
			"causeIds": []string{k.Causes[0].ID}, "message": truncateRunes(msg, 4000), "language": k.Language}
		if err := a.graphql(ctx, reportMutation, map[string]any{"in": in}, &rep); err != nil {
			r.Err = fmt.Errorf("report %s on %s: %w", al.condition, info.Serial, err)
			return
		}
		a.mu.Lock()
		if a.reported[info.Serial] == nil {
			a.reported[info.Serial] = map[string]bool{}
		}
		a.reported[info.Serial][al.condition] = true
		a.mu.Unlock()
		r.Reported = append(r.Reported, fmt.Sprintf("%s (%s)", rep.SubmitPanicReport.Reference, al.condition))
	}
}

type agentAlert struct{ condition, description string }

func sortedAlerts(m map[string]agentAlert) []agentAlert {
	out := make([]agentAlert, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].condition < out[j].condition })
	return out
}

// graphql posts one operation and decodes its data into out; GraphQL errors become an *APIError.
func (a *Agent) graphql(ctx context.Context, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "panicbutton-agent")
	resp, err := a.client.Do(req)
	if err != nil {
		return fmt.Errorf("call %s: %w", a.endpoint, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return fmt.Errorf("read answer of %s: %w", a.endpoint, err)
	}
	var gr struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &gr); err != nil {
		return fmt.Errorf("%s answered HTTP %d, not GraphQL: %.200s", a.endpoint, resp.StatusCode, raw)
	}
	if len(gr.Errors) > 0 {
		e := gr.Errors[0]
		ae := &APIError{Message: e.Message}
		ae.Code, _ = e.Extensions["code"].(string)
		ae.Field, _ = e.Extensions["field"].(string)
		return ae
	}
	if resp.StatusCode != http.StatusOK || len(gr.Data) == 0 || string(gr.Data) == "null" {
		return fmt.Errorf("%s answered HTTP %d without data", a.endpoint, resp.StatusCode)
	}
	if err := json.Unmarshal(gr.Data, out); err != nil {
		return fmt.Errorf("decode answer of %s: %w", a.endpoint, err)
	}
	return nil
}
