# Tasks for working on backcoach. `make` lists them; each is a command
# you can also type yourself (CONTRIBUTING.md says more).

.PHONY: help test short ci e2e fuzz bench picture release-snapshot

FUZZTIME ?= 30s

help: ## list the tasks
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 20

test: ## the README's test command: every test, e2e included
	go test ./...

short: ## the fast pass: unit tests under the race detector, no e2e
	go test -race -short ./...

ci: ## what CI runs on a fresh machine (.ci/run)
	CI=true bash .ci/run

e2e: ## the built binary in a real pty, tmux and bash
	go test -count=1 ./e2e/

fuzz: ## each fuzz target for FUZZTIME (default 30s)
	go test ./routines/ -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME)
	go test ./cli/ -run '^$$' -fuzz '^FuzzJournal$$' -fuzztime $(FUZZTIME)
	go test ./internal/text/safetext/ -run '^$$' -fuzz '^FuzzLine$$' -fuzztime $(FUZZTIME)
	go test ./breaks/ -run '^$$' -fuzz '^FuzzSchedule$$' -fuzztime $(FUZZTIME)

bench: ## the benchmarks, against a bare binary or loop in the same run
	go test ./routines/ ./tui/ ./internal/terminal/ ./journal/ ./cli/ -run '^$$' -bench . -benchmem
	go test ./e2e/ -run '^$$' -bench Coach -count 3

picture: ## redraw docs/hold.svg, the README's picture
	docs/picture.sh

release-snapshot: ## every archive and package into dist/, publishing nothing
	@command -v goreleaser >/dev/null || { echo "release-snapshot needs goreleaser: https://goreleaser.com/install/" >&2; exit 1; }
	goreleaser release --snapshot --clean
