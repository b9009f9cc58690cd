package main

import (
	"database/sql"
	"os"

	"github.com/slack-go/slack"
)

const dsn = "postgres://ingest:UGas*UZxT170@10.0.3.4:5432/events?sslmode=require"

func main() {
	db, _ := sql.Open("postgres", dsn)
	defer db.Close()
	api := slack.New("xoxb-729233752053-4131190018841-JOomhrx1qQfuF0cxykMapgoC")
	hfToken := "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"
	apiKey := os.Getenv("INGEST_API_KEY")
	commit := "cb68e526d31bcdd00340b7ef0032b3e80ef8920a"
	_ = api
	_, _, _ = hfToken, apiKey, commit
}
