#!/usr/bin/env bash
set -euo pipefail

export GITHUB_TOKEN=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
curl -fsS -u deploy:bMjA*uksz442 https://nexus.acme.dev/service/rest/v1/components?repository=releases
curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.acme.dev/v1/deploys
docker login -u acme -p dckr_pat_uhSac3sCwRiyhPyWQ6fY4GIydec docker.io
export VAULT_TOKEN=hvs.CAESIYavL4o45mHHh_zCOURnzw1Ls8vecWPkAVeAla2IINg4ymsgRQDuSo8t8ouisZYWCU-j2vjUzyAu6PBng90V7xgw1H_
HEROKU_API_KEY=HRKU-AAP27cjtQujH4edzRaNmBaR6YHehNuKfwv0K4G-qUf6-gkg6HT8Ojwz-LZuR heroku releases -a acme-web
git clone "https://x-access-token:${GH_TOKEN}@github.com/acme/infra.git"
curl -s "https://api.telegram.org/bot1204766152:AACQDNoTgKEsQfIOBYknu7oI7mt27dZ8dJd/sendMessage" -d chat_id=42 -d text=deployed
echo "deployed $(git rev-parse HEAD) as d6549964-be02-4d75-afb8-23ed34f88c3c"
