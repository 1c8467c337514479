package reporter

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"html/template"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/i18n"
)

//go:embed page.html.tmpl
var pageSource string

var pageTemplate = template.Must(template.New("page").Parse(pageSource))

// pageTexts are the tracking page's texts by language.
var pageTexts = map[string]map[string]string{
	"en": {"title": "Your request", "reference": "Reference", "printer": "Printer", "location": "Location",
		"causes": "Causes", "status": "Status", "history": "History", "reported": "Reported", "you": "You",
		"support": "Support", "fixed": "Is it fixed?", "yes": "Yes, it is fixed", "no": "No, it is not fixed",
		"comment": "What is still wrong? (optional)", "send": "Send my answer", "answeredYes": "You said it is fixed. Thank you!",
		"answeredNo": "You said it is not fixed: the team has been told.", "invalid": "This link is invalid, revoked or expired.",
		"invalidHelp": "Ask the support team for a new one, or use the link of a more recent email.", "fixedEvent": "You confirmed it is fixed",
		"notFixedEvent": "You said it is not fixed", "reply": "To add something (a photo, “it happened again”), reply to any email about this request.",
		"language": "Language", "attachment": "Attachment"},
	"fr": {"title": "Votre demande", "reference": "Référence", "printer": "Imprimante", "location": "Emplacement",
		"causes": "Causes", "status": "Statut", "history": "Historique", "reported": "Signalée", "you": "Vous",
		"support": "Support", "fixed": "Est-ce réparé ?", "yes": "Oui, c'est réparé", "no": "Non, ce n'est pas réparé",
		"comment": "Qu'est-ce qui ne va toujours pas ? (facultatif)", "send": "Envoyer ma réponse", "answeredYes": "Vous avez indiqué que c'est réparé. Merci !",
		"answeredNo": "Vous avez indiqué que ce n'est pas réparé : l'équipe a été prévenue.", "invalid": "Ce lien est invalide, révoqué ou expiré.",
		"invalidHelp": "Demandez-en un nouveau au support, ou utilisez le lien d'un email plus récent.", "fixedEvent": "Vous avez confirmé que c'est réparé",
		"notFixedEvent": "Vous avez indiqué que ce n'est pas réparé", "reply": "Pour ajouter quelque chose (une photo, « c'est revenu »), répondez à n'importe quel email de cette demande.",
		"language": "Langue", "attachment": "Pièce jointe"},
	"it": {"title": "La tua richiesta", "reference": "Riferimento", "printer": "Stampante", "location": "Posizione",
		"causes": "Cause", "status": "Stato", "history": "Cronologia", "reported": "Segnalata", "you": "Tu",
		"support": "Assistenza", "fixed": "È risolto?", "yes": "Sì, è risolto", "no": "No, non è risolto",
		"comment": "Cosa non va ancora? (facoltativo)", "send": "Invia la risposta", "answeredYes": "Hai indicato che è risolto. Grazie!",
		"answeredNo": "Hai indicato che non è risolto: il team è stato avvisato.", "invalid": "Questo link non è valido, è stato revocato o è scaduto.",
		"invalidHelp": "Chiedine uno nuovo all'assistenza, o usa il link di un'email più recente.", "fixedEvent": "Hai confermato che è risolto",
		"notFixedEvent": "Hai indicato che non è risolto", "reply": "Per aggiungere qualcosa (una foto, «è successo di nuovo»), rispondi a una qualsiasi email di questa richiesta.",
		"language": "Lingua", "attachment": "Allegato"},
}

type pageEntry struct {
	When       time.Time
	Status     string
	Note       string
	ByReporter bool
	Label      string
	Images     []string
}

type pageData struct {
	Lang, Token                              string
	T                                        map[string]string
	Languages                                []string
	Invalid                                  bool
	Org, Logo                                string
	Primary, OnPrimary, Background, Text     template.CSS
	Reference, Printer, Location, StatusName string
	Causes                                   []string
	Reported                                 time.Time
	History                                  []pageEntry
	AskFixed                                 bool
	Preselect                                string
	Answered                                 string
	Error                                    string
	ReplyHint                                bool
}

var colorRE = regexp.MustCompile(`^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$`)

// readableOn is black or white, whichever reads better on the #hex colour c (as the kiosk's theme does).
func readableOn(c string) string {
	c = strings.TrimPrefix(c, "#")
	if len(c) == 3 {
		c = string([]byte{c[0], c[0], c[1], c[1], c[2], c[2]})
	}
	n, err := strconv.ParseUint(c, 16, 32)
	if err != nil {
		return "#fff"
	}
	r, g, b := float64(n>>16&0xff), float64(n>>8&0xff), float64(n&0xff)
	if 0.299*r+0.587*g+0.114*b > 150 {
		return "#111"
	}
	return "#fff"
}

func pageLang(r *http.Request, def string) string {
	if l := i18n.Normalize(r.URL.Query().Get("lang")); i18n.SupportedUI(l) {
		return l
	}
	if i18n.SupportedUI(def) {
		return def
	}
	return i18n.Fallback
}

// PageHandler serves the tracking page: GET /track/{token} shows it, POST /track/{token} records the
// "Is it fixed?" answer and redirects to it. A forged, revoked or expired token gets the same 404 page.
func (s *Service) PageHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := r.PathValue("token")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("X-Robots-Tag", "noindex")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
		it, err := s.c.Tokens.Check(r.Context(), s.c.Client, purposeTrack, token)
		if errors.Is(err, ErrBadToken) {
			lang := pageLang(r, "")
			s.render(w, http.StatusNotFound, &pageData{Lang: lang, T: pageTexts[lang], Invalid: true, Languages: i18n.UILanguages})
			return
		}
		if err != nil {
			s.c.Logger.ErrorContext(r.Context(), "tracking page", "err", err)
			http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
			return
		}
		lang := pageLang(r, it.Language)
		if r.Method == http.MethodPost {
			r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
			if err := r.ParseForm(); err != nil {
				http.Error(w, "bad form", http.StatusBadRequest)
				return
			}
			answer := r.PostForm.Get("fixed")
			if answer != "yes" && answer != "no" {
				s.page(w, r, it, lang, http.StatusBadRequest, "fixed: choose yes or no")
				return
			}
			if _, err := s.c.Interventions.AnswerFixed(r.Context(), it.ID, answer == "yes", r.PostForm.Get("comment")); err != nil {
				var ae *apperr.Error
				if errors.As(err, &ae) {
					s.page(w, r, it, lang, http.StatusBadRequest, ae.Message)
					return
				}
				s.c.Logger.ErrorContext(r.Context(), "fixed answer", "err", err)
				http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
				return
			}
			http.Redirect(w, r, "/track/"+token+"?lang="+lang, http.StatusSeeOther)
			return
		}
		s.page(w, r, it, lang, http.StatusOK, "")
	})
}

func (s *Service) page(w http.ResponseWriter, r *http.Request, it *ent.Intervention, lang string, code int, problem string) {
	d, err := s.pageData(r.Context(), it, lang)
	if err != nil {
		s.c.Logger.ErrorContext(r.Context(), "tracking page", "err", err)
		http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
		return
	}
	d.Token, d.Error = r.PathValue("token"), problem
	if p := r.URL.Query().Get("fixed"); p == "yes" || p == "no" {
		d.Preselect = p
	}
	s.render(w, code, d)
}

func (s *Service) render(w http.ResponseWriter, code int, d *pageData) {
	if d.Primary == "" {
		d.Primary, d.OnPrimary, d.Background, d.Text = "#c62828", "#fff", "#f3f4f6", "#1b1f24"
	}
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, d); err != nil {
		s.c.Logger.Error("tracking page template", "err", err)
		http.Error(w, "temporarily unavailable", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write(b.Bytes())
}

// pageData is what the reporter may see of it: never technicians, internal notes, email history or the IP.
func (s *Service) pageData(ctx context.Context, it *ent.Intervention, lang string) (*pageData, error) {
	sys := rule.SystemContext(ctx)
	d := &pageData{Lang: lang, T: pageTexts[lang], Languages: i18n.UILanguages, Reference: it.Reference,
		Printer: it.PrinterSnapshot.Name, Location: it.PrinterSnapshot.Location, Causes: it.CauseLabels,
		Reported: it.CreatedAt, ReplyHint: s.c.InboundDomain != ""}
	if d.Printer == "" {
		d.Printer = it.PrinterSnapshot.Model
	}
	org, err := s.c.Client.Organization.Get(sys, it.OrganizationID)
	if err != nil {
		return nil, err
	}
	d.Org = org.Name
	if it.PanicButtonID != nil {
		pb, err := s.c.Client.PanicButton.Get(sys, *it.PanicButtonID)
		if err != nil && !ent.IsNotFound(err) {
			return nil, err
		}
		if pb != nil {
			if c := pb.Colors["primary"]; colorRE.MatchString(c) {
				d.Primary, d.OnPrimary = template.CSS(c), template.CSS(readableOn(c))
			}
			if c := pb.Colors["background"]; colorRE.MatchString(c) {
				d.Background = template.CSS(c)
			}
			if c := pb.Colors["text"]; colorRE.MatchString(c) {
				d.Text = template.CSS(c)
			}
			if id, err := strconv.Atoi(pb.Images["logo"]); err == nil {
				if m, err := s.c.Client.Media.Query().Where(media.ID(id), media.OrganizationID(it.OrganizationID)).Only(sys); err == nil {
					d.Logo = "/media/" + m.Sha256
				}
			}
		}
	}
	if d.Primary != "" && d.Background == "" {
		d.Background, d.Text = "#f3f4f6", "#1b1f24"
	}
	if d.Primary == "" {
		d.Primary, d.OnPrimary = "#c62828", "#fff"
		if d.Background == "" {
			d.Background, d.Text = "#f3f4f6", "#1b1f24"
		}
	}
	statuses, err := s.c.Client.InterventionStatus.Query().Where(interventionstatus.OrganizationID(it.OrganizationID)).All(sys)
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	for _, st := range statuses {
		names[st.Name] = i18n.PickOr(st.Names, lang, org.DefaultLanguage, st.Name)
	}
	if st := it.Edges.Status; st != nil {
		d.StatusName = names[st.Name]
	}
	events, err := s.c.Client.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID),
		interventionevent.Or(
			interventionevent.KindIn(interventionevent.KindCREATED, interventionevent.KindSTATUS_CHANGED),
			interventionevent.And(interventionevent.Public(true), interventionevent.KindIn(interventionevent.KindNOTE_ADDED,
				interventionevent.KindREPORTED_FIXED, interventionevent.KindREPORTED_NOT_FIXED)),
		)).Order(ent.Asc(interventionevent.FieldCreatedAt), ent.Asc(interventionevent.FieldID)).Limit(500).All(sys)
	if err != nil {
		return nil, err
	}
	for _, e := range events {
		en := pageEntry{When: e.CreatedAt}
		switch e.Kind {
		case interventionevent.KindCREATED, interventionevent.KindSTATUS_CHANGED:
			// The status history only: a note given with a status change is internal.
			if n, ok := names[e.ToStatus]; ok {
				en.Status = n
			} else {
				en.Status = e.ToStatus
			}
		case interventionevent.KindNOTE_ADDED:
			en.Note, en.ByReporter = e.Note, e.AuthorEmail != ""
			if list, ok := e.Data["attachments"].([]any); ok {
				for _, a := range list {
					if m, ok := a.(map[string]any); ok {
						if h, ok := m["sha256"].(string); ok && mediaHashRE.MatchString(h) {
							en.Images = append(en.Images, "/media/"+h)
						}
					}
				}
			}
		case interventionevent.KindREPORTED_FIXED:
			en.Label, en.Note, en.ByReporter = d.T["fixedEvent"], e.Note, true
		case interventionevent.KindREPORTED_NOT_FIXED:
			en.Label, en.Note, en.ByReporter = d.T["notFixedEvent"], e.Note, true
		}
		d.History = append(d.History, en)
	}
	asked, answered, err := s.c.Interventions.FixedAnswer(ctx, it)
	if err != nil {
		return nil, err
	}
	d.AskFixed = asked && answered == nil
	if answered != nil {
		d.Answered = map[bool]string{true: "yes", false: "no"}[*answered]
	} else if !asked && it.ClosedAt == nil {
		// Reopened by the reporter's "not fixed": say it was heard until it closes again.
		for i := len(events) - 1; i >= 0; i-- {
			if k := events[i].Kind; k == interventionevent.KindREPORTED_FIXED || k == interventionevent.KindREPORTED_NOT_FIXED {
				d.Answered = map[bool]string{true: "yes", false: "no"}[k == interventionevent.KindREPORTED_FIXED]
				break
			}
		}
	}
	return d, nil
}

var mediaHashRE = regexp.MustCompile(`^[0-9a-f]{64}$`)
