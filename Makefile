# The two commands of the README:
#   make demo   set up, build, and draw the bundled sample into graphs/
#   make test   set up, build, and run every test (and check that
#               Examples/extract-only builds on ChronicleCore alone)
SWIFT ?= swift
BIN = .build/release/chronicle
SAMPLE = Samples/study-notice-2020-02-09.txt
DEV_CORPUS = ../shared/corpus/dev

.PHONY: demo test setup build bench bench-archive bench-serve bench-news bench-pages train-model eval-names eval-genre clean

setup:
	@bash scripts/bootstrap.sh

build: setup
	$(SWIFT) build -c release --product chronicle

demo: build
	@mkdir -p graphs
	$(BIN) extract $(SAMPLE) -o graphs/sample-graph.json
	$(BIN) extract $(SAMPLE) --format text -o graphs/sample-graph.txt
	$(BIN) dates $(SAMPLE) > graphs/sample-dates.txt
	@rm -f graphs/sample-timeline.png graphs/sample-timeline.pdf graphs/sample-timeline-[0-9]*.png graphs/sample-timeline-[0-9]*.pdf
	$(BIN) render graphs/sample-graph.json --view timeline --from 2020-01-20 --to 2020-02-10 --slide 16:9 \
		--title "疫情防控会议与传达" -o graphs/sample-timeline.png
	$(BIN) render graphs/sample-graph.json --view timeline --from 2020-01-20 --to 2020-02-10 --slide 16:9 \
		--title "疫情防控会议与传达" -o graphs/sample-timeline.pdf
	$(BIN) render graphs/sample-graph.json --view timeline --from 2020-01-20 --to 2020-02-10 \
		--title "疫情防控会议与传达（2020年1月20日—2月10日）" -o graphs/sample-timeline.svg
	rm -f graphs/sample.sqlite graphs/sample.sqlite-wal graphs/sample.sqlite-shm
	$(BIN) build $(SAMPLE) --db graphs/sample.sqlite
	@if python3 -c "import selenium" 2>/dev/null && command -v chromium >/dev/null && command -v chromedriver >/dev/null; then \
		python3 scripts/workspace-browser-check.py $(BIN) graphs/sample.sqlite graphs/workspace && \
		python3 scripts/workspace-screenshots.py $(BIN) graphs/sample.sqlite graphs/workspace zh-CN \
			workspace-home=/ workspace-person=/person?id=p-楼阳生 workspace-measure=/measure?id=m-五严五防 && \
		MAX_HEIGHT=1400 python3 scripts/workspace-screenshots.py $(BIN) graphs/sample.sqlite graphs/workspace zh-CN workspace-review=/review; \
	else echo "demo: chromium or selenium missing; skipping the workspace screenshots"; fi
	$(BIN) deck graphs/sample-graph.json --title "疫情防控会议与传达" -o graphs/sample-briefing.pptx
	@rm -f graphs/sample-briefing-slide-*.png
	@bash scripts/deck-previews.sh graphs/sample-briefing.pptx
	$(BIN) render graphs/sample-graph.json --view lineage --focus m-五严五防 --dpi 130 -o graphs/sample-lineage-五严五防.png
	$(BIN) render graphs/sample-graph.json --view lineage --focus m-五严五防 -o graphs/sample-lineage-五严五防.svg
	$(BIN) export graphs/sample-graph.json --format html --title "学习材料中的会议与措施" -o graphs/sample-report.html
	$(BIN) export graphs/sample-graph.json --format mermaid --title "学习材料中的会议" -o graphs/sample-timeline.mmd
	$(BIN) render graphs/sample-graph.json --view relations --focus p-楼阳生 --dpi 110 -o graphs/sample-person-楼阳生.png
	$(BIN) render graphs/sample-graph.json --view relations --focus p-楼阳生 -o graphs/sample-person-楼阳生.svg
	$(BIN) eval --gold Tests/ChronicleCoreTests/Fixtures/study-notice-2020-02-09.gold.json $(SAMPLE) | tee graphs/sample-eval.txt
	@if [ -d $(DEV_CORPUS) ]; then $(BIN) eval --corpus $(DEV_CORPUS) | tee graphs/dev-corpus-eval.txt; \
	else echo "demo: $(DEV_CORPUS) not found; skipping the development-corpus evaluation"; fi
	@echo "demo: wrote $$(ls graphs | wc -l) files to graphs/"

test: setup
	@SWIFT=$(SWIFT) bash scripts/build-checked.sh
	$(SWIFT) test --skip-build
	@SWIFT=$(SWIFT) bash scripts/check-extract-only.sh

bench: setup
	$(SWIFT) run -c release chronicle-bench time
	$(SWIFT) run -c release chronicle-bench extract
	$(SWIFT) run -c release chronicle-bench hostile
	$(SWIFT) run -c release chronicle-bench store
	$(SWIFT) run -c release chronicle-bench archive --sizes 100,1000
	$(SWIFT) run -c release chronicle-bench serve --events 20000 --seconds 5

bench-serve: setup   # the web workspace on 100,000 events (needs wrk; about 5 minutes)
	$(SWIFT) run -c release chronicle-bench serve

bench-archive: setup   # the full archive benchmark: 100, 1,000 and 10,000 documents, the hot archive, 80 copies of the sample (over an hour)
	$(SWIFT) run -c release chronicle-bench archive
	$(SWIFT) run -c release chronicle-bench archive --hot
	$(SWIFT) run -c release chronicle-bench archive --copies

# The name model (Sources/ChronicleCore/Resources/names.model), rebuilt from four years of
# ../shared/corpus/news (2014, 2018, 2020, 2022; 2024 is held out): about 75 s of CPU on one
# core, the same bytes every time.
NEWS = ../shared/corpus/news
TRAIN_YEARS = 2014 2018 2020 2022
train-model: setup
	@test -d $(NEWS) || { echo "train-model: $(NEWS) not found (the news corpus with silver name spans)"; exit 1; }
	$(SWIFT) build -c release --product chronicle-train
	for y in $(TRAIN_YEARS); do xz -dc $(NEWS)/$$y.jsonl.xz; done | .build/release/chronicle-train -o Sources/ChronicleCore/Resources/names.model
	sha256sum Sources/ChronicleCore/Resources/names.model

# The benchmark of record (Benchmarks/news-archive.md): a store of all five years of
# ../shared/corpus/news (about 27,000 items), built in date order and in random order,
# extraction on all cores and one writer; then adding one item, queries and the web
# pages under wrk on the date-order store (the graph is the same in either order).
# About 15 minutes an order on 2 cores. NEWS_LIMIT=2000 builds the first 2,000 only.
NEWS_LIMIT ?= 0
bench-news: setup
	@test -d $(NEWS) || { echo "bench-news: $(NEWS) not found (the five years of news, about 27,000 items)"; exit 1; }
	$(SWIFT) build -c release --product chronicle-bench
	.build/release/chronicle-bench news --news $(NEWS) --order date --limit $(NEWS_LIMIT)
	.build/release/chronicle-bench news --news $(NEWS) --order random --limit $(NEWS_LIMIT) --no-pages

bench-pages: setup   # the workspace pages of a store already built, under wrk: make bench-pages DB=store.sqlite
	@test -f "$(DB)" || { echo "bench-pages: give DB=STORE.sqlite, a store chronicle build made"; exit 1; }
	$(SWIFT) build -c release --product chronicle-bench
	.build/release/chronicle-bench pages --db $(DB)

# Names against the held-out news year's silver spans, and the dev corpus split into the
# documents read while writing the rules and those kept unread.
eval-names: build
	xz -dc $(NEWS)/2024.jsonl.xz | $(BIN) eval --news - --show 25 | tee Benchmarks/names-2024.txt
	$(BIN) eval --corpus $(DEV_CORPUS) --json | python3 scripts/dev-split.py | tee Benchmarks/dev-split.txt

# Reports written in the genre by helpers, with gold (Benchmarks/genre-reports/README.md):
# the batches read while writing rules, and the blind ones.
eval-genre: build
	$(BIN) eval --corpus Benchmarks/genre-reports/read | tail -9
	$(BIN) eval --corpus Benchmarks/genre-reports/blind | tail -9

clean:
	rm -rf .build
