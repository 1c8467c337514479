package mail

import (
	"net/url"
	"strconv"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/internal/i18n"
)

// InterventionVars are the template variables of an intervention (its report snapshot and current status).
func InterventionVars(it *ent.Intervention, lang string, publicURL *url.URL) Vars {
	snap := it.PrinterSnapshot
	v := Vars{EndUserEmail: it.ReporterEmail, Tel: it.ReporterPhone, Causes: it.CauseLabels,
		EndUserMessage: it.Message, Serial: snap.Serial, Model: snap.Model, IP: snap.IP, PrinterName: snap.Name,
		PrinterLocalisation: snap.Location, CounterTotal: meter(snap.Total), CounterBlack: meter(snap.Black),
		CounterColor: meter(snap.Color), CounterLarge: meter(snap.Large), Reference: it.Reference,
		Status: statusName(it.Edges.Status, lang), Date: it.CreatedAt}
	if org := it.Edges.Organization; org != nil {
		v.Organization = org.Name
	}
	if publicURL != nil {
		v.InterventionURL = publicURL.JoinPath("interventions", strconv.Itoa(it.ID)).String()
	}
	v.SetErrors(snap.Errors)
	return v
}

func meter(v *int64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatInt(*v, 10)
}

func statusName(st *ent.InterventionStatus, lang string) string {
	if st == nil {
		return ""
	}
	return i18n.PickOr(st.Names, lang, "", st.Name)
}
