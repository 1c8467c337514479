// sample: webhook-go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

func api(query string, vars map[string]any, out any) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, os.Getenv("PB_URL")+"/graphql", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PB_KEY"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var answer struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil || len(answer.Errors) > 0 {
		log.Fatalf("%v %v", err, answer.Errors)
	}
	if err := json.Unmarshal(answer.Data, out); err != nil {
		log.Fatal(err)
	}
}

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	var created struct {
		CreateWebhook struct {
			Secret  string
			Webhook struct{ ID string }
		}
	}
	api(`mutation($in: CreateWebhookInput!) { createWebhook(input: $in) { secret webhook { id } } }`,
		map[string]any{"in": map[string]any{"url": "http://" + l.Addr().String() + "/hook", "events": []string{"intervention.created"}}}, &created)
	wh, err := standardwebhooks.NewWebhook(created.CreateWebhook.Secret)
	if err != nil {
		log.Fatal(err)
	}
	got := make(chan string, 1)
	go http.Serve(l, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err := wh.Verify(body, r.Header); err != nil { // a forged or replayed request
			http.Error(w, "bad signature", http.StatusBadRequest)
			return
		}
		var event struct{ Type string }
		_ = json.Unmarshal(body, &event)
		w.WriteHeader(http.StatusNoContent)
		got <- event.Type + " " + r.Header.Get("webhook-id")
	}))
	var sent struct{ SendTestWebhook struct{ ID string } }
	api(`mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`, map[string]any{"id": created.CreateWebhook.Webhook.ID}, &sent)
	fmt.Println("verified", <-got)
}
