# The two commands of the README:
#   make demo   set up, build, and draw the bundled sample into graphs/
#   make test   set up, build, and run every test
SWIFT ?= swift
BIN = .build/release/chronicle
SAMPLE_GRAPH = Samples/fixture-graph.json

.PHONY: demo test setup build bench clean

setup:
	@bash scripts/bootstrap.sh

build: setup
	$(SWIFT) build -c release --product chronicle

demo: build
	@mkdir -p graphs
	$(BIN) render $(SAMPLE_GRAPH) --view timeline --title "疫情防控会议时间线（示例图）" -o graphs/fixture-timeline.svg
	$(BIN) render $(SAMPLE_GRAPH) --view timeline --title "疫情防控会议时间线（示例图）" -o graphs/fixture-timeline.png
	$(BIN) render $(SAMPLE_GRAPH) --view relations --focus p-楼阳生 -o graphs/fixture-relations-楼阳生.svg
	$(BIN) render $(SAMPLE_GRAPH) --view relations --focus p-楼阳生 -o graphs/fixture-relations-楼阳生.png
	$(BIN) dates Samples/study-notice-2020-02-09.txt > graphs/sample-dates.txt
	@echo "demo: wrote $$(ls graphs | wc -l) files to graphs/"

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: setup
	$(SWIFT) run -c release chronicle-bench time

clean:
	rm -rf .build
