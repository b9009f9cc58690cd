package main

import (
	"database/sql"
	"os"

	"github.com/slack-go/slack"
)

const dsn = "postgres://ingest:exyE%JCt3o54@10.0.3.4:5432/events?sslmode=require"

func main() {
	db, _ := sql.Open("postgres", dsn)
	defer db.Close()
	api := slack.New("xoxb-618611937639-2053434392562-wNaRbNC3x8rAheX0uLefN3LS")
	hfToken := "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"
	apiKey := os.Getenv("INGEST_API_KEY")
	commit := "1bbfe6518dc85a753dd6995781ed325aef630583"
	_ = api
	_, _, _ = hfToken, apiKey, commit
}
